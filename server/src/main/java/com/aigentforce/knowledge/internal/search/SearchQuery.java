package com.aigentforce.knowledge.internal.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A search: {@code mode} hybrid (default), fulltext or vector; the filters narrow what may match;
 * {@code maxPerDocument} caps the chunks of one document in the results (1: {@code limit} distinct documents, each
 * with its best chunk); {@code minRelevance} replaces the mode's relevance floor ({@link RelevanceFloors}) for this
 * search.
 */
public record SearchQuery(
        String q,
        UUID knowledgeBaseId,
        String mode,
        Integer limit,
        List<String> tags,
        UUID documentId,
        Map<String, String> metadata,
        Integer maxPerDocument,
        Double minRelevance) {

    String effectiveMode() {
        return mode == null ? "hybrid" : mode;
    }

    int effectiveLimit() {
        return limit == null ? 10 : limit;
    }
}
