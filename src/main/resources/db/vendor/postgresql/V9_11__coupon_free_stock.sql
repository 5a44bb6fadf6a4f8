-- The free coupons of a campaign, for a claim's FOR UPDATE SKIP LOCKED: only unclaimed rows are in the index,
-- so a claim late in a rush does not step over thousands of claimed ones.
CREATE INDEX coupon_free_idx ON coupon (campaign_id, id) WHERE member_id IS NULL;
