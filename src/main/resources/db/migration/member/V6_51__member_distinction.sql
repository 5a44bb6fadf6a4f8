-- A member's distinctions as the modules that give them announce them (MemberDistinguished): final awards and
-- conferred titles, once each.
CREATE TABLE member_distinction (
    member_id        BIGINT       NOT NULL REFERENCES member (id),
    kind             VARCHAR(10)  NOT NULL,
    source_id        BIGINT       NOT NULL,
    name             VARCHAR(500) NOT NULL,
    distinguished_on DATE         NOT NULL,
    PRIMARY KEY (member_id, kind, source_id)
);
