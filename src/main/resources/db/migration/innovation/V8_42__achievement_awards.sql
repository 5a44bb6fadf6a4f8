-- An award won in one of Jiangxin's own contests links to the contest and the award it came from.
ALTER TABLE achievement ADD COLUMN contest_id BIGINT;
ALTER TABLE achievement ADD COLUMN award_id BIGINT;
