-- Counts changes of an account's credentials (a new password, disabling, new roles or union). A page
-- session remembers the count it signed in with and ends, on whichever server it reaches, once they differ.
ALTER TABLE account ADD COLUMN credentials_version INTEGER DEFAULT 0 NOT NULL;
