package com.aigentforce.knowledge.internal.rebuild;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of search index rebuilds (docs/operations.md).
 *
 * @param batchSize chunks re-indexed per transaction (their documents are locked for share meanwhile)
 * @param batchPause pause after each batch, to leave a busy node's CPU and disk to serving (0: none)
 * @param progressInterval how often progress is saved and published ({@code knowledge:index_rebuild})
 */
@ConfigurationProperties("aigentforce.knowledge.index-rebuild")
record IndexRebuildProperties(int batchSize, Duration batchPause, Duration progressInterval) {

    IndexRebuildProperties {
        batchSize = batchSize <= 0 ? 500 : batchSize;
        batchPause = batchPause == null || batchPause.isNegative() ? Duration.ZERO : batchPause;
        progressInterval = progressInterval == null ? Duration.ofSeconds(1) : progressInterval;
    }
}
