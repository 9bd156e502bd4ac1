package com.aigentforce.knowledge.internal.reembedding;

import com.aigentforce.knowledge.internal.index.ChunkJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One re-embedding of a knowledge base's chunks to its current model ({@code targetModel}); see {@link ChunkJob} for
 * its states.
 */
@Entity
@Table(name = "kb_reembedding")
public class Reembedding extends ChunkJob {

    @Column(name = "knowledge_base_id")
    private UUID knowledgeBaseId;

    @Column(name = "target_model")
    private String targetModel;

    private long total;

    private long done;

    protected Reembedding() {}

    Reembedding(UUID id, UUID knowledgeBaseId, String targetModel, long total, UUID requestedBy) {
        super(id, requestedBy);
        this.knowledgeBaseId = knowledgeBaseId;
        this.targetModel = targetModel;
        this.total = total;
    }

    /** Starts, or resumes after a stop (counts and cursor kept); {@code remaining} chunks are still to move. */
    void start(long remaining) {
        run();
        total = Math.max(total, done + remaining);
    }

    void progress(int moved, UUID lastChunk) {
        done += moved;
        total = Math.max(total, done);
        advance(lastChunk);
    }

    UUID knowledgeBaseId() {
        return knowledgeBaseId;
    }

    String targetModel() {
        return targetModel;
    }

    long total() {
        return total;
    }

    long done() {
        return done;
    }
}
