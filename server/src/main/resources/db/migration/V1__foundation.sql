-- Platform foundation: tenants, users, roles, teams, sign-in sessions, audit trail, event publication registry.
-- Every tenant-owned table carries tenant_id; Hibernate's @TenantId filters and stamps it on every query.

create table tenant (
    id                uuid primary key,
    name              text        not null,
    slug              text        not null unique,
    subscription_tier text        not null default 'FREE' check (subscription_tier in ('FREE', 'PRO', 'ENTERPRISE')),
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);

create table role (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    name        text        not null,
    description text,
    built_in    boolean     not null,
    permissions text[]      not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index role_name_per_tenant on role (tenant_id, lower(name));

create table app_user (
    id                    uuid primary key,
    tenant_id             uuid        not null references tenant (id),
    email                 text        not null,
    email_normalized      text        not null,
    name                  text        not null,
    password_hash         text,
    status                text        not null check (status in ('ACTIVE', 'INVITED', 'DEACTIVATED')),
    role_ids              uuid[]      not null default '{}',
    preferences           jsonb       not null default '{}',
    metadata              jsonb       not null default '{}',
    invitation_hash       bytea,
    invitation_expires_at timestamptz,
    last_login_at         timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);
create unique index app_user_email_per_tenant on app_user (tenant_id, email_normalized);
create index app_user_email on app_user (email_normalized);
create index app_user_roles on app_user using gin (role_ids);
create unique index app_user_invitation on app_user (invitation_hash) where invitation_hash is not null;
create index app_user_tenant_name on app_user (tenant_id, lower(name));

create table team (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    name        text        not null,
    description text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index team_name_per_tenant on team (tenant_id, lower(name));

create table team_member (
    id        uuid primary key,
    tenant_id uuid    not null references tenant (id),
    team_id   uuid    not null references team (id) on delete cascade,
    user_id   uuid    not null references app_user (id),
    lead      boolean not null default false,
    unique (team_id, user_id)
);
create index team_member_user on team_member (user_id);

-- A sign-in session is one refresh-token family; access tokens carry its id as "sid" so logout kills them at once.
create table auth_session (
    id            uuid primary key,
    tenant_id     uuid        not null references tenant (id),
    user_id       uuid        not null references app_user (id),
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    revoked_at    timestamptz,
    revoke_reason text,
    ip            text,
    user_agent    text
);
create index auth_session_user on auth_session (user_id);

create table refresh_token (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    session_id  uuid        not null references auth_session (id) on delete cascade,
    token_hash  bytea       not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index refresh_token_session on refresh_token (session_id);

create table audit_event (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    occurred_at timestamptz not null,
    action      text        not null,
    actor_id    uuid,
    actor_email text,
    target_type text,
    target_id   text,
    ip          text,
    user_agent  text,
    details     jsonb       not null default '{}'
);
create index audit_event_tenant_time on audit_event (tenant_id, occurred_at desc);
create index audit_event_tenant_action on audit_event (tenant_id, action);

-- Spring Modulith's transactional event publication registry (outbox).
create table event_publication (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer     not null default 0,
    last_resubmission_date timestamptz
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer     not null default 0,
    last_resubmission_date timestamptz
);
