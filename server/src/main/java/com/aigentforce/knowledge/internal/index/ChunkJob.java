package com.aigentforce.knowledge.internal.index;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * The state every long admin job over a tenant's chunks shares (index rebuild, re-embedding): queued → running →
 * completed | failed, who asked and when, and {@code cursor}, the last chunk id done — chunks go in id order, so a
 * job whose node stopped resumes after it. Subclasses add what they count.
 */
@MappedSuperclass
public abstract class ChunkJob {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String status;

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

    @Column(name = "updated_at")
    private Instant updatedAt;

    private String error;

    protected ChunkJob() {}

    protected ChunkJob(UUID id, UUID requestedBy) {
        this.id = id;
        this.requestedBy = requestedBy;
        this.status = QUEUED;
        this.requestedAt = Instant.now();
        this.updatedAt = requestedAt;
    }

    /** Starts, or resumes after a stop: the start time and the cursor of a resumed job are kept. */
    protected void run() {
        if (startedAt == null) {
            startedAt = Instant.now();
        }
        status = RUNNING;
        touch();
    }

    protected void advance(UUID lastChunk) {
        cursor = lastChunk;
        touch();
    }

    public void complete() {
        status = COMPLETED;
        finishedAt = Instant.now();
        error = null;
        touch();
    }

    public void fail(String reason) {
        status = FAILED;
        finishedAt = Instant.now();
        error = reason;
        touch();
    }

    /** Every change of state or progress says the process running it is alive. */
    private void touch() {
        updatedAt = Instant.now();
    }

    public boolean finished() {
        return COMPLETED.equals(status) || FAILED.equals(status);
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String status() {
        return status;
    }

    public UUID cursor() {
        return cursor;
    }

    public UUID requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String error() {
        return error;
    }
}
