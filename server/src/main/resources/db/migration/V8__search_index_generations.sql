-- The search index generations this database's chunks have been indexed into (Chunk.INDEX). A node that starts
-- with a generation not listed here queues a rebuild of every organisation that has chunks, then lists it.
create table kb_search_index (
    name       text primary key,
    created_at timestamptz not null default now()
);
