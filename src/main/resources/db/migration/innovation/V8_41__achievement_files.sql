-- Evidence of an achievement (证明材料): patent certificates, award certificates, standards, photos; each file kept
-- once in the blob store and named as uploaded.
CREATE TABLE achievement_file (
    achievement_id BIGINT        NOT NULL REFERENCES achievement (id),
    blob_hash      VARCHAR(64)   NOT NULL REFERENCES blob (hash),
    file_name      VARCHAR(200)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (achievement_id, blob_hash)
);
