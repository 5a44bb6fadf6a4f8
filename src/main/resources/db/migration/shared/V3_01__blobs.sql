-- Files kept in the content-addressed blob store: one row per distinct content, by its SHA-256.
CREATE TABLE blob (
    hash         VARCHAR(64)  NOT NULL PRIMARY KEY,
    size_bytes   BIGINT       NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
