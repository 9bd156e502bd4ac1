package com.aigentforce.knowledge.internal.search;

/**
 * A hit's absolute relevance in [0, 1]: a number whose meaning does not depend on the other hits of the query (the
 * {@code score} of fusion does — it is min-max normalised per query), so one floor can say "nothing relevant".
 *
 * <ul>
 *   <li>vector: the cosine similarity of the query and the chunk embeddings (negative counts 0);
 *   <li>full-text: the chunk's BM25 score as a share of the query's attainable BM25 score, the sum of its terms' IDF
 *       (Lucene's BM25 term score is IDF × a saturating term-frequency factor below 1). Unlike the raw BM25 score,
 *       which grows with the number and rarity of the query's terms, the share says how much of the query's
 *       evidence the chunk holds; a query term no chunk holds still counts in the attainable sum, so a query of
 *       unknown words scores low even where one common word matches;
 *   <li>hybrid: the stronger of the two (a chunk one list did not return counts 0 there) — strong evidence of either
 *       kind is relevant, and neither is discounted by the other's scale.
 * </ul>
 */
final class Relevance {

    private Relevance() {}

    /** Lucene answers a k-NN hit as (1 + cosine) / 2 for both dot product on unit vectors and cosine. */
    static double ofVectorScore(double score) {
        return clamp(2 * score - 1);
    }

    /** The BM25 score's share of {@code attainable}, the query's sum of term IDFs (0 when nothing is attainable). */
    static double ofBm25(double score, double attainable) {
        return attainable <= 0 ? 0 : clamp(score / attainable);
    }

    static double hybrid(Double lexical, Double cosine) {
        return Math.max(lexical == null ? 0 : lexical, cosine == null ? 0 : cosine);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
