-- 理论考试 under a crowd (bench/run.sh exam: 10,000 candidates starting within a minute, about 1,000 saves/s).
--
-- A start inserts its paper's rows (85 for the robot final's blueprint). A foreign key to question and to
-- question_version made every one of those inserts lock its question's rows FOR KEY SHARE; thousands of starts
-- locking the same few hundred questions at once turned those locks into multixacts, rewritten on every start.
-- An attempt's items are drawn from its exam's pool (exam_pool, exam_fixed_question), whose rows hold
-- the same keys to the same questions and versions, and questions and versions are never deleted: the keys of
-- attempt_item add nothing but that contention. H2 (the demo's single-user database) keeps them.
ALTER TABLE attempt_item DROP CONSTRAINT attempt_item_question_id_fkey;
ALTER TABLE attempt_item DROP CONSTRAINT attempt_item_version_id_fkey;

-- A save changes an item's answer, sequence number and time, none of them indexed: with room left on each page
-- PostgreSQL rewrites the row in place (a HOT update) instead of adding an entry to each of its three indexes.
ALTER TABLE attempt_item SET (fillfactor = 80);
