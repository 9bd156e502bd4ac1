-- TOTP multi-factor authentication: one authenticator per account. The secret is sealed with SecretCipher
-- (AES-256-GCM when AIGENTFORCE_ENCRYPTION_KEY is set); last_used_step stops a code from being used twice.
create table mfa_totp (
    user_id        uuid primary key references app_user (id) on delete cascade,
    tenant_id      uuid        not null references tenant (id),
    secret         text        not null,
    confirmed_at   timestamptz,
    last_used_step bigint,
    created_at     timestamptz not null
);

-- Single-use recovery codes, stored as SHA-256 digests only.
create table mfa_recovery_code (
    id        uuid primary key,
    tenant_id uuid        not null references tenant (id),
    user_id   uuid        not null references app_user (id) on delete cascade,
    code_hash bytea       not null,
    used_at   timestamptz,
    unique (user_id, code_hash)
);

-- The short-lived, single-use token between the password step and the second factor (or forced enrolment).
create table mfa_challenge (
    id         uuid primary key,
    tenant_id  uuid        not null references tenant (id),
    user_id    uuid        not null references app_user (id) on delete cascade,
    token_hash bytea       not null unique,
    purpose    text        not null,
    failures   int         not null default 0,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index mfa_challenge_expiry on mfa_challenge (expires_at);

-- Tenant policy: holders of these roles must use MFA.
create table mfa_policy (
    tenant_id         uuid primary key references tenant (id),
    required_role_ids uuid[]      not null default '{}',
    updated_at        timestamptz not null
);

-- API keys for integrations, stored as SHA-256 digests; prefix is the first characters, for recognition only.
create table api_key (
    id           uuid primary key,
    tenant_id    uuid        not null references tenant (id),
    name         text        not null,
    prefix       text        not null,
    key_hash     bytea       not null unique,
    permissions  text[]      not null,
    created_by   uuid        not null references app_user (id),
    created_at   timestamptz not null,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_key_tenant_created on api_key (tenant_id, created_at desc);
