package com.aigentforce.knowledge.internal.search;

import java.util.UUID;

/**
 * A chunk id with its score in one ranking and its absolute signals ({@link Relevance}): {@code lexical}, the share of
 * the query's attainable BM25 score, and {@code cosine}, the cosine similarity — each null where that list did not
 * return the chunk (or, for {@code lexical}, where the backend's term statistics cannot be read).
 */
record Scored(UUID id, double score, Double lexical, Double cosine) {

    /** The projection of an index hit (its id and score), before its signals are known. */
    static Scored of(UUID id, Float score) {
        return new Scored(id, score, null, null);
    }

    Scored withLexical(Double share) {
        return new Scored(id, score, share, cosine);
    }

    Scored withCosine(Double similarity) {
        return new Scored(id, score, lexical, similarity);
    }

    /** This hit's relevance in a ranking of {@code mode}; null when its signal is unknown (see {@link Relevance}). */
    Double relevance(String mode) {
        return switch (mode) {
            case "fulltext" -> lexical;
            case "vector" -> cosine;
            default -> lexical == null && cosine == null ? null : Relevance.hybrid(lexical, cosine);
        };
    }
}
