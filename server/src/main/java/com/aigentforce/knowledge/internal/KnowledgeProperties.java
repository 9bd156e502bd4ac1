package com.aigentforce.knowledge.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and tuning of the knowledge base (documented in docs/api.md and the README).
 *
 * @param maxFileSize largest accepted upload ({@code AIGENTFORCE_KB_MAX_FILE_SIZE}, 413 above)
 * @param maxExtractedChars most characters of text one version may yield (the version fails above)
 * @param maxPages most pages (PDF pages, slides, sheets) one version may have
 * @param chunkTokens target chunk size in tokens of the embedding model's own tokenizer
 * @param chunkOverlapTokens tokens a chunk repeats from the end of the previous one in the same section
 * @param embeddingBatchSize chunks embedded per model call (bounds memory)
 * @param embeddingConcurrency threads the shared embedding model may use at once
 * @param workers ingestion jobs running at once on this node
 * @param pollInterval how often this node looks for due ingestion jobs
 * @param heartbeatInterval how often a node running a job says so; after 6 missed beats another node takes over
 * @param shutdownWait how long a stopping node lets running jobs finish (unfinished ones run again later)
 */
@ConfigurationProperties("aigentforce.knowledge")
public record KnowledgeProperties(
        DataSize maxFileSize,
        long maxExtractedChars,
        int maxPages,
        int chunkTokens,
        int chunkOverlapTokens,
        int embeddingBatchSize,
        int embeddingConcurrency,
        int workers,
        Duration pollInterval,
        Duration heartbeatInterval,
        Duration shutdownWait) {

    public KnowledgeProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(50) : maxFileSize;
        maxExtractedChars = maxExtractedChars <= 0 ? 5_000_000 : maxExtractedChars;
        maxPages = maxPages <= 0 ? 2000 : maxPages;
        chunkTokens = chunkTokens <= 0 ? 200 : chunkTokens;
        chunkOverlapTokens = Math.max(0, Math.min(chunkOverlapTokens, chunkTokens / 2));
        embeddingBatchSize = embeddingBatchSize <= 0 ? 32 : embeddingBatchSize;
        embeddingConcurrency = embeddingConcurrency <= 0 ? 2 : embeddingConcurrency;
        workers = workers <= 0 ? 2 : workers;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(10) : heartbeatInterval;
        shutdownWait = shutdownWait == null ? Duration.ofSeconds(10) : shutdownWait;
    }
}
