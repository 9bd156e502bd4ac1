-- A failed version's reason in machine-readable form (status_reason holds the sentence people read).
alter table kb_document_version add column failure_code text;
