-- A one-time password-reset link per account, stored only as its hash like the invitation token; a new link replaces
-- the old one, and setting a password spends it.
alter table app_user
    add column password_reset_hash       bytea,
    add column password_reset_expires_at timestamptz;
create unique index app_user_password_reset on app_user (password_reset_hash) where password_reset_hash is not null;

-- When a session was last refreshed (its "last use"); ip then holds the address of that refresh.
alter table auth_session add column last_used_at timestamptz;
update auth_session set last_used_at = created_at;
create index auth_session_user_active on auth_session (user_id) where revoked_at is null;
