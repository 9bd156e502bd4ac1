-- Knowledge base: knowledge bases with access lists, versioned documents, chunks with embeddings, and the durable
-- job queue (db-scheduler) the ingestion pipeline runs on.
-- Access lists are text[] of principals: 'tenant', 'team:<uuid>', 'role:<uuid>', 'user:<uuid>'; a caller's own
-- principals are matched with && (overlap) inside the permission queries.

create table knowledge_base (
    id          uuid primary key,
    tenant_id   uuid        not null references tenant (id),
    name        text        not null,
    description text,
    readers     text[]      not null,
    editors     text[]      not null,
    created_by  uuid        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index knowledge_base_name_per_tenant on knowledge_base (tenant_id, lower(name));

create table kb_document (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    -- no foreign key: deleted documents (kept for file retention) outlive a deleted knowledge base
    knowledge_base_id uuid        not null,
    title             text        not null,
    tags              text[]      not null default '{}',
    metadata          jsonb       not null default '{}',
    readers           text[],
    current_version   int,
    latest_version    int         not null,
    uploaded_by       uuid        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    deleted_at        timestamptz,
    version           bigint      not null default 0
);
create index kb_document_kb on kb_document (knowledge_base_id, created_at desc) where deleted_at is null;
create index kb_document_narrowed on kb_document (knowledge_base_id) where readers is not null and deleted_at is null;

create table kb_document_version (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    document_id       uuid        not null references kb_document (id),
    number            int         not null,
    storage_key       text        not null,
    file_name         text        not null,
    content_type      text,
    size_bytes        bigint      not null,
    sha256            text        not null,
    status            text        not null check (status in ('stored', 'extracting', 'chunking', 'embedding', 'indexed', 'failed')),
    status_reason     text,
    progress          int         not null default 0,
    extracted         jsonb       not null default '{}',
    content           text,
    chunk_count       int         not null default 0,
    attempts          int         not null default 0,
    created_by        uuid        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (document_id, number)
);

create table kb_chunk (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    knowledge_base_id uuid        not null,
    document_id       uuid        not null references kb_document (id),
    version_id        uuid        not null references kb_document_version (id),
    ordinal           int         not null,
    text              text        not null,
    heading_path      text[]      not null default '{}',
    page              int,
    token_count       int         not null,
    embedding         real[]      not null,
    tags              text[]      not null default '{}',
    metadata          jsonb       not null default '{}',
    searchable        boolean     not null,
    unique (version_id, ordinal)
);
create index kb_chunk_document on kb_chunk (document_id);

-- db-scheduler's table (com.github.kagkarlsson:db-scheduler, PostgreSQL layout)
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
