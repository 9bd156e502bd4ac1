package com.aigentforce.knowledge.internal.reembedding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of re-embeddings after an embedding model change (README configuration table).
 *
 * @param batchSize chunks embedded per provider request and saved per transaction
 * @param retryBackoff first wait after a provider answered 429, 408 or 5xx (or could not be reached); doubles per try
 * @param maxRetryBackoff the longest such wait
 * @param retries tries of one batch before the job gives the node back (db-scheduler retries it later, from the
 *     saved cursor)
 */
@ConfigurationProperties("aigentforce.knowledge.reembedding")
record ReembeddingProperties(int batchSize, Duration retryBackoff, Duration maxRetryBackoff, int retries) {

    ReembeddingProperties {
        batchSize = batchSize <= 0 ? 64 : batchSize;
        retryBackoff = retryBackoff == null || retryBackoff.isNegative() ? Duration.ofSeconds(2) : retryBackoff;
        maxRetryBackoff = maxRetryBackoff == null ? Duration.ofMinutes(1) : maxRetryBackoff;
        retries = retries <= 0 ? 6 : retries;
    }
}
