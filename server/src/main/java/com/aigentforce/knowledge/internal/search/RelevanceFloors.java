package com.aigentforce.knowledge.internal.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The absolute relevance below which search drops a hit, per mode ({@code aigentforce.knowledge.relevance-floor.*};
 * a request's {@code minRelevance} overrides it). Calibrated on Cranfield with off-topic queries
 * ({@code bench/knowledge/floor.sh}, docs/benchmarks.md): at these floors the off-topic queries find nothing while
 * nDCG@10 and recall@100 of the 225 Cranfield queries stay within 1 % of no floor.
 *
 * @param hybrid floor on the stronger of a hit's two signals (see {@link Relevance})
 * @param fulltext floor on the share of the query's attainable BM25 score
 * @param vector floor on the cosine similarity
 */
@ConfigurationProperties("aigentforce.knowledge.relevance-floor")
@Validated
public record RelevanceFloors(
        @DecimalMin("0") @DecimalMax("1") Double hybrid,
        @DecimalMin("0") @DecimalMax("1") Double fulltext,
        @DecimalMin("0") @DecimalMax("1") Double vector) {

    static final double DEFAULT_VECTOR = 0.35;
    static final double DEFAULT_FULLTEXT = 0.10;

    public RelevanceFloors {
        hybrid = hybrid == null ? DEFAULT_VECTOR : hybrid;
        fulltext = fulltext == null ? DEFAULT_FULLTEXT : fulltext;
        vector = vector == null ? DEFAULT_VECTOR : vector;
    }

    double of(String mode) {
        return switch (mode) {
            case "fulltext" -> fulltext;
            case "vector" -> vector;
            default -> hybrid;
        };
    }
}
