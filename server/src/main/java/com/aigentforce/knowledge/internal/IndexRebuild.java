package com.aigentforce.knowledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One rebuild of a tenant's search index entries: queued → running → completed | failed. {@code cursor} is the last
 * chunk id re-indexed (chunks go in id order), so a rebuild whose node stopped resumes after it.
 */
@Entity
@Table(name = "kb_index_rebuild")
class IndexRebuild {

    static final String QUEUED = "queued";
    static final String RUNNING = "running";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String status;

    @Column(name = "entities_total")
    private long entitiesTotal;

    @Column(name = "entities_done")
    private long entitiesDone;

    @Column(name = "removed_entries")
    private long removedEntries;

    @Column(name = "cursor_id")
    private UUID cursor;

    @Column(name = "requested_by")
    private UUID requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String error;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected IndexRebuild() {}

    IndexRebuild(UUID id, UUID requestedBy) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.status = QUEUED;
        this.requestedAt = Instant.now();
        this.updatedAt = requestedAt;
    }

    /** Starts, or resumes after a stop: the counts and the cursor of a resumed rebuild are kept. */
    void start(long total) {
        if (startedAt == null) {
            startedAt = Instant.now();
        }
        status = RUNNING;
        entitiesTotal = Math.max(total, entitiesDone);
    }

    void progress(long done, UUID lastChunk) {
        entitiesDone = done;
        entitiesTotal = Math.max(entitiesTotal, done);
        cursor = lastChunk;
    }

    void removed(long entries) {
        removedEntries = entries;
    }

    void complete() {
        status = COMPLETED;
        finishedAt = Instant.now();
        error = null;
    }

    void fail(String reason) {
        status = FAILED;
        finishedAt = Instant.now();
        error = reason;
    }

    /** Every save of state or progress says the process running it is alive. */
    void touch() {
        updatedAt = Instant.now();
    }

    /**
     * Run by the operator command (no job behind it) and not saved for longer than {@code silence}: the process
     * running it was killed. (Rebuilds queued through the API are resumed by the job queue instead.)
     */
    boolean abandoned(Duration silence) {
        return !finished()
                && requestedBy == null
                && updatedAt.isBefore(Instant.now().minus(silence));
    }

    boolean finished() {
        return COMPLETED.equals(status) || FAILED.equals(status);
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String status() {
        return status;
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

    UUID cursor() {
        return cursor;
    }

    UUID requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    String error() {
        return error;
    }
}
