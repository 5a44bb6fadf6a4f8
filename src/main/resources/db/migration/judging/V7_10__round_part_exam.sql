-- A round's imported part (理论) may take its scores from an exam set for the round: when the exam's results are
-- final, judging fills the part from them (the part-score import stays as the other way in).
ALTER TABLE round_part ADD COLUMN exam_id BIGINT REFERENCES exam (id);
