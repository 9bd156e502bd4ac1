package com.aigentforce.knowledge.internal.search;

import java.util.List;
import java.util.UUID;

/** What a search found, best first, in the mode it ran in and how long it took. */
public record SearchResults(List<Match> matches, String mode, long tookMs) {

    /** One chunk found, with its document, the passages of its text that match (HTML) and its score. */
    public record Match(
            UUID chunkId,
            UUID documentId,
            UUID versionId,
            UUID knowledgeBaseId,
            String documentTitle,
            String text,
            List<String> highlights,
            double score,
            List<String> headingPath,
            Integer page) {}
}
