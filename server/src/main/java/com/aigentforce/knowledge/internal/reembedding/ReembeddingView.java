package com.aigentforce.knowledge.internal.reembedding;

import java.time.Instant;
import java.util.UUID;

/**
 * A re-embedding as the API answers it and {@code knowledge:reembedding} events carry it: {@code done} of
 * {@code total} chunks moved to the knowledge base's current model; {@code status} queued|running|completed|failed.
 */
public record ReembeddingView(
        UUID id,
        UUID knowledgeBaseId,
        String status,
        long done,
        long total,
        String error,
        Instant startedAt,
        Instant finishedAt) {

    public static ReembeddingView of(Reembedding r) {
        return new ReembeddingView(
                r.id(), r.knowledgeBaseId(), r.status(), r.done(), r.total(), r.error(), r.startedAt(), r.finishedAt());
    }
}
