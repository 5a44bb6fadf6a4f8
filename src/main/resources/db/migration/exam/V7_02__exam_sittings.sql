-- 理论考试, sittings: what the candidate's page, the invigilator's live view, the grading queue and the leaderboard
-- of an open quiz read most, and the kinds of what the invigilator's log records.

-- A candidate's attempts in order; the live view and the results read an exam's attempts by candidate.
CREATE INDEX exam_attempt_candidate_idx ON exam_attempt (exam_id, member_id, number);

-- The leaderboard of an open quiz (知识竞答): by score, then by the time taken.
CREATE INDEX exam_attempt_board_idx ON exam_attempt (exam_id, score DESC, submitted_at);

-- What an invigilator sees: start, resume, take-over by another device, focus lost, the page hidden, the connection
-- lost and back, a new address, extra time, submission (by the candidate, the deadline sweep or an invigilator).
ALTER TABLE attempt_event ADD CONSTRAINT attempt_event_kind_ck
    CHECK (kind IN ('START', 'RESUME', 'TAKEOVER', 'FOCUS_LOST', 'HIDDEN', 'OFFLINE', 'IP_CHANGED', 'EXTRA_TIME',
                    'SUBMIT'));

-- A grader's queue: the marks of one question, and a grader's open claims.
CREATE INDEX grading_mark_question_idx ON grading_mark (question_id, attempt_id);
