package com.aigentforce.knowledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One re-embedding of a knowledge base's chunks to its current model ({@code targetModel}): queued → running →
 * completed | failed. {@code cursor} is the last chunk id done (chunks go in id order), so a re-embedding whose node
 * stopped resumes after it.
 */
@Entity
@Table(name = "kb_reembedding")
class Reembedding {

    static final String QUEUED = "queued";
    static final String RUNNING = "running";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "knowledge_base_id")
    private UUID knowledgeBaseId;

    @Column(name = "target_model")
    private String targetModel;

    private String status;

    private long total;

    private long done;

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

    protected Reembedding() {}

    Reembedding(UUID id, UUID knowledgeBaseId, String targetModel, long total, UUID requestedBy) {
        this.id = id;
        this.knowledgeBaseId = knowledgeBaseId;
        this.targetModel = targetModel;
        this.total = total;
        this.requestedBy = requestedBy;
        this.status = QUEUED;
        this.requestedAt = Instant.now();
        this.updatedAt = requestedAt;
    }

    /** Starts, or resumes after a stop (counts and cursor kept); {@code remaining} chunks are still to move. */
    void start(long remaining) {
        if (startedAt == null) {
            startedAt = Instant.now();
        }
        status = RUNNING;
        total = Math.max(total, done + remaining);
        touch();
    }

    void progress(int moved, UUID lastChunk) {
        done += moved;
        total = Math.max(total, done);
        cursor = lastChunk;
        touch();
    }

    void complete() {
        status = COMPLETED;
        finishedAt = Instant.now();
        error = null;
        touch();
    }

    void fail(String reason) {
        status = FAILED;
        finishedAt = Instant.now();
        error = reason;
        touch();
    }

    boolean finished() {
        return COMPLETED.equals(status) || FAILED.equals(status);
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    UUID id() {
        return id;
    }

    UUID knowledgeBaseId() {
        return knowledgeBaseId;
    }

    String targetModel() {
        return targetModel;
    }

    String status() {
        return status;
    }

    long total() {
        return total;
    }

    long done() {
        return done;
    }

    UUID cursor() {
        return cursor;
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
