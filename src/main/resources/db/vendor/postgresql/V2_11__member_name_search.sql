-- Name search on PostgreSQL: every two-character substring of a name in a GIN index, so that a search
-- for 建国 among millions of members is an index lookup; and a pattern index for surname prefixes.
CREATE FUNCTION jx_bigrams(value text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
$$
SELECT CASE
           WHEN length(value) < 2 THEN ARRAY[value]
           ELSE ARRAY(SELECT DISTINCT substr(value, i, 2) FROM generate_series(1, length(value) - 1) AS i)
       END
$$;

CREATE INDEX member_name_bigrams_idx ON member USING gin (jx_bigrams(name));
CREATE INDEX member_name_prefix_idx ON member (name varchar_pattern_ops);
