package com.aigentforce.knowledge.internal.rebuild;

import java.time.Instant;
import java.util.UUID;

/**
 * A search index rebuild as the API answers it and {@code knowledge:index_rebuild} events carry it. {@code status}:
 * {@code queued|running|completed|failed}; {@code entitiesDone} of {@code entitiesTotal} searchable chunks are
 * re-indexed; {@code removedEntries} counts index entries removed because their chunk was gone or hidden.
 */
public record IndexRebuildView(
        UUID id,
        String status,
        long entitiesTotal,
        long entitiesDone,
        long removedEntries,
        UUID requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    static IndexRebuildView of(IndexRebuild r) {
        return new IndexRebuildView(
                r.id(),
                r.status(),
                r.entitiesTotal(),
                r.entitiesDone(),
                r.removedEntries(),
                r.requestedBy(),
                r.requestedAt(),
                r.startedAt(),
                r.finishedAt(),
                r.error());
    }
}
