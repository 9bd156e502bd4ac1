package com.aigentforce.knowledge.internal.search;

import java.util.List;
import java.util.UUID;

/**
 * What a search found, best first, in the mode it ran in and how long it took; {@code belowFloor} hits of the best
 * {@code limit} were dropped because their relevance was below {@code minRelevance} (all of them: nothing relevant).
 */
public record SearchResults(List<Match> matches, String mode, long tookMs, double minRelevance, int belowFloor) {

    /**
     * One chunk found, with its document, the passages of its text that match (HTML), its score in the ranking and
     * its absolute relevance with the signals it comes from ({@link Relevance}; null where unknown).
     */
    public record Match(
            UUID chunkId,
            UUID documentId,
            UUID versionId,
            UUID knowledgeBaseId,
            String documentTitle,
            String text,
            List<String> highlights,
            double score,
            Double relevance,
            Double lexical,
            Double cosine,
            List<String> headingPath,
            Integer page) {}
}
