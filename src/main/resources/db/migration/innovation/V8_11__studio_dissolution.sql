-- A dissolved studio (撤销): the day and the reason. It keeps its members, levels and achievements as history and
-- changes no more.
ALTER TABLE studio ADD COLUMN dissolved_on DATE;
ALTER TABLE studio ADD COLUMN dissolved_reason VARCHAR(500);
ALTER TABLE studio ADD CONSTRAINT studio_dissolved_ck
    CHECK ((status = 'DISSOLVED') = (dissolved_on IS NOT NULL) AND (dissolved_on IS NULL) = (dissolved_reason IS NULL));
