-- A publication is completed by its listener and serialized event; a serialized event may be longer than a
-- B-tree entry allows, so it is found by hash (as Spring Modulith's own PostgreSQL schema does).
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
