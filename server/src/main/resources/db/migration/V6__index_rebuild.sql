-- Knowledge base: search index rebuilds, one row per rebuild of a tenant's chunks (issue 4). The job itself runs on
-- db-scheduler (scheduled_tasks, task kb-index-rebuild); this row is what the API, the UI and the operator see, and
-- the cursor lets a rebuild that a stopped node left behind resume where it was.
create table kb_index_rebuild (
    id              uuid primary key,
    tenant_id       uuid        not null references tenant (id),
    status          text        not null check (status in ('queued', 'running', 'completed', 'failed')),
    entities_total  bigint      not null default 0,
    entities_done   bigint      not null default 0,
    removed_entries bigint      not null default 0,
    -- the last chunk id re-indexed (chunks go in id order); null before the first batch
    cursor_id       uuid,
    requested_by    uuid,
    requested_at    timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    -- every save of state or progress; a command-run rebuild silent for long was left by a killed process
    updated_at      timestamptz not null,
    error           text
);
create index kb_index_rebuild_latest on kb_index_rebuild (tenant_id, requested_at desc);
-- at most one queued or running rebuild per tenant, race-free (the API answers 409 on a second one)
create unique index kb_index_rebuild_active on kb_index_rebuild (tenant_id) where status in ('queued', 'running');
