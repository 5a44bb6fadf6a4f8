-- A hand-in marks every item of its paper before it reads the answers to grade them. A save checks the mark
-- on the item it changes, in the same statement: a save that reaches an item after the hand-in marked it waits
-- for the hand-in and finds it handed in, one that got there first is waited for and graded. The save therefore
-- needs no lock on the attempt's row (one statement, no transaction of its own).
ALTER TABLE attempt_item ADD COLUMN handed_in BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE attempt_item SET handed_in = TRUE
WHERE attempt_id IN (SELECT id FROM exam_attempt WHERE status <> 'IN_PROGRESS');
