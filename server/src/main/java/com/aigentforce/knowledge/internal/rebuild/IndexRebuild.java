package com.aigentforce.knowledge.internal.rebuild;

import com.aigentforce.knowledge.internal.index.ChunkJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One rebuild of a tenant's search index entries from PostgreSQL (see {@link ChunkJob} for its states). */
@Entity
@Table(name = "kb_index_rebuild")
class IndexRebuild extends ChunkJob {

    @Column(name = "entities_total")
    private long entitiesTotal;

    @Column(name = "entities_done")
    private long entitiesDone;

    @Column(name = "removed_entries")
    private long removedEntries;

    protected IndexRebuild() {}

    IndexRebuild(UUID id, UUID requestedBy) {
        super(id, requestedBy);
    }

    /** Starts, or resumes after a stop: the counts and the cursor of a resumed rebuild are kept. */
    void start(long total) {
        run();
        entitiesTotal = Math.max(total, entitiesDone);
    }

    void progress(long done, UUID lastChunk) {
        entitiesDone = done;
        entitiesTotal = Math.max(entitiesTotal, done);
        advance(lastChunk);
    }

    void removed(long entries) {
        removedEntries = entries;
    }

    /**
     * Run by the operator command (no job behind it) and not saved for longer than {@code silence}: the process
     * running it was killed. (Rebuilds queued through the API are resumed by the job queue instead.)
     */
    boolean abandoned(Duration silence) {
        return !finished()
                && requestedBy() == null
                && updatedAt().isBefore(Instant.now().minus(silence));
    }

    long entitiesTotal() {
        return entitiesTotal;
    }

    long entitiesDone() {
        return entitiesDone;
    }

    long removedEntries() {
        return removedEntries;
    }
}
