-- The sign-in before the current one, which is what "上次登录" shows a person on their home page.
ALTER TABLE account ADD COLUMN previous_login_at TIMESTAMP WITH TIME ZONE;
