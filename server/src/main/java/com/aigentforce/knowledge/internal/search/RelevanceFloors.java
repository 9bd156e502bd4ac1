package com.aigentforce.knowledge.internal.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The absolute relevance below which search drops a hit, per mode ({@code aigentforce.knowledge.relevance-floor.*};
 * a request's {@code minRelevance} overrides it). Calibrated on Cranfield with 80 off-topic queries
 * ({@code bench/knowledge/floor.sh}, docs/benchmarks.md): each default is the highest floor that keeps nDCG@10 and
 * recall@100 of the 225 Cranfield queries within 1 % of no floor; it leaves 82 % (hybrid), 72 % (full-text) and 90 %
 * (vector) of the off-topic queries with nothing. Higher floors empty more of them but cut recall@100 (0.40: 99 % of
 * off-topic queries empty in hybrid mode, recall@100 −9 %).
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

    static final double DEFAULT_HYBRID = 0.25;
    static final double DEFAULT_FULLTEXT = 0.09;
    static final double DEFAULT_VECTOR = 0.27;

    public RelevanceFloors {
        hybrid = hybrid == null ? DEFAULT_HYBRID : hybrid;
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
