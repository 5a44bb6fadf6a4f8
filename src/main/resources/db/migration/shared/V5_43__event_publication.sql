-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1): one row per event
-- and listener, written in the transaction that published the event and completed when the listener has run.
-- Rows still incomplete are reactions not yet done (republished on restart); completed rows are purged on a
-- schedule (EventPublicationPurge). The lookup index differs per database (db/vendor/*/V5_44).
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)             NOT NULL,
    event_type             VARCHAR(512)             NOT NULL,
    serialized_event       VARCHAR                  NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
