-- Knowledge base: an embedding model per knowledge base (issue 4). The built-in in-process model ('builtin', 384
-- dimensions) stays the default; a knowledge base may switch to an OpenAI-compatible provider, which re-embeds its
-- chunks in a durable job (db-scheduler task kb-reembed) while search keeps serving with both models.

-- the model the knowledge base embeds with now: 'builtin' or the key of one of its kb_embedding_model rows
alter table knowledge_base add column embedding_model_key text not null default 'builtin';

-- which model embedded the chunk (existing chunks: the built-in one)
alter table kb_chunk add column embedding_model text not null default 'builtin';
create index kb_chunk_reembed on kb_chunk (knowledge_base_id, id);

-- the models whose vectors a knowledge base's chunks may hold: its current one and, until a re-embedding has moved
-- every chunk, the ones before. No row for a knowledge base means the built-in model only.
create table kb_embedding_model (
    knowledge_base_id uuid        not null references knowledge_base (id) on delete cascade,
    model_key         text        not null,
    tenant_id         uuid        not null references tenant (id),
    provider          text        not null check (provider in ('builtin', 'openai-compatible')),
    base_url          text,
    model             text,
    -- the length of the model's vectors; send_dimensions: the provider is asked for it (the request named it)
    dimensions        int         not null,
    send_dimensions   boolean     not null default false,
    -- sealed with SecretCipher (v1:<key id>:...); reseal-secrets re-encrypts it after a key rotation
    api_key           text,
    created_at        timestamptz not null,
    primary key (knowledge_base_id, model_key)
);

-- one re-embedding of a knowledge base's chunks to its current model; the cursor is the last chunk id done (chunks go
-- in id order), so a re-embedding whose node stopped resumes after it
create table kb_reembedding (
    id                uuid primary key,
    tenant_id         uuid        not null references tenant (id),
    knowledge_base_id uuid        not null references knowledge_base (id) on delete cascade,
    target_model      text        not null,
    status            text        not null check (status in ('queued', 'running', 'completed', 'failed')),
    total             bigint      not null default 0,
    done              bigint      not null default 0,
    cursor_id         uuid,
    requested_by      uuid,
    requested_at      timestamptz not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    updated_at        timestamptz not null,
    error             text
);
create index kb_reembedding_latest on kb_reembedding (knowledge_base_id, requested_at desc);
-- at most one queued or running re-embedding per knowledge base (a model change meanwhile answers 409)
create unique index kb_reembedding_active on kb_reembedding (knowledge_base_id) where status in ('queued', 'running');
