-- URL imports: a version is 'fetching' until the remote file is in object storage (its size and hash are known only
-- then), and it remembers the address it came from.
alter table kb_document_version drop constraint kb_document_version_status_check;
alter table kb_document_version add constraint kb_document_version_status_check
    check (status in ('fetching', 'stored', 'extracting', 'chunking', 'embedding', 'indexed', 'failed'));
alter table kb_document_version alter column sha256 drop not null;
alter table kb_document_version add column source_url text;

-- Retention: the purge task looks for documents deleted longer ago than the retention period.
create index kb_document_deleted on kb_document (deleted_at) where deleted_at is not null;

-- Storage quota: bytes stored per tenant (the sum of its versions' sizes until they are purged).
create index kb_document_version_tenant on kb_document_version (tenant_id) include (size_bytes);
