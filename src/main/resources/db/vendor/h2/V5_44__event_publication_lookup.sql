-- A publication is completed by its listener and serialized event: look them up together.
CREATE INDEX event_publication_by_listener_id_and_serialized_event_idx ON event_publication (listener_id, serialized_event);
