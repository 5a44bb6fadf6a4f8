-- A studio born of a team's title in the honour registry (the 13 finance finalists' 金融科技职工创新工作室):
-- which honour made it, under which title and on which day. Each honour makes one studio at most.
ALTER TABLE studio ADD COLUMN origin_honor_id BIGINT;
ALTER TABLE studio ADD COLUMN origin_title VARCHAR(60);
ALTER TABLE studio ADD COLUMN origin_on DATE;
ALTER TABLE studio ADD CONSTRAINT studio_origin_uk UNIQUE (origin_honor_id);
ALTER TABLE studio ADD CONSTRAINT studio_origin_ck
    CHECK ((origin_honor_id IS NULL) = (origin_title IS NULL) AND (origin_title IS NULL) = (origin_on IS NULL));
