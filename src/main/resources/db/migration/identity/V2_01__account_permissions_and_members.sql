-- Grants beyond roles, the member record a member's account belongs to, and the phone hash that lets
-- a member sign in with their mobile number.
CREATE TABLE account_permission (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    permission VARCHAR(40) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (account_id, permission),
    CONSTRAINT account_permission_ck CHECK (permission IN ('REVEAL_PERSONAL_DATA'))
);

ALTER TABLE account ADD COLUMN member_id BIGINT;
ALTER TABLE account ADD COLUMN phone_hash VARCHAR(64);
CREATE UNIQUE INDEX account_member_uk ON account (member_id);
CREATE UNIQUE INDEX account_phone_hash_uk ON account (phone_hash);
