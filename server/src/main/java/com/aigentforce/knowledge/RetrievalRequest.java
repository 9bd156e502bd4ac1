package com.aigentforce.knowledge;

import com.aigentforce.platform.security.Caller;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A retrieval for {@link PassageRetrieval}: {@code query} in the {@code knowledgeBaseIds} (those the asker may not
 * read, or of another organisation, give nothing), {@code topK} (1–100) best passages whose relevance is at least
 * {@code minRelevance} (0–1; null: the mode's floor, as in search), read with the rights of {@code asker} — the person
 * asking, not the component asking on their behalf.
 */
public record RetrievalRequest(
        Caller asker, Set<UUID> knowledgeBaseIds, String query, Mode mode, int topK, Double minRelevance) {

    /** As search's {@code mode}: hybrid (both), vector (embeddings) or fulltext (BM25). */
    public enum Mode {
        HYBRID,
        VECTOR,
        FULLTEXT;

        public String apiName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final int MAX_TOP_K = 100;

    public RetrievalRequest {
        Objects.requireNonNull(asker, "asker");
        knowledgeBaseIds = Set.copyOf(Objects.requireNonNull(knowledgeBaseIds, "knowledgeBaseIds"));
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query must not be blank");
        }
        mode = mode == null ? Mode.HYBRID : mode;
        if (topK < 1 || topK > MAX_TOP_K) {
            throw new IllegalArgumentException("topK must be 1-" + MAX_TOP_K + ", was " + topK);
        }
        if (minRelevance != null && !(minRelevance >= 0 && minRelevance <= 1)) {
            throw new IllegalArgumentException("minRelevance must be 0-1, was " + minRelevance);
        }
    }
}
