-- The modules whose demo data is loaded: each seeder adds its row in the transaction that writes its data.
CREATE TABLE demo_seed (
    module      VARCHAR(40)                 NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE    NOT NULL,
    CONSTRAINT demo_seed_pk PRIMARY KEY (module)
);
