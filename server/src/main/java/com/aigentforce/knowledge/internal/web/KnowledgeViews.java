package com.aigentforce.knowledge.internal.web;

import com.aigentforce.knowledge.internal.base.KnowledgeBaseDetails;
import com.aigentforce.knowledge.internal.base.Principals.Principal;
import com.aigentforce.knowledge.internal.document.DocumentDetails;
import com.aigentforce.knowledge.internal.document.FailureCode;
import com.aigentforce.knowledge.internal.document.VersionDetails;
import com.aigentforce.knowledge.internal.search.SearchResults;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the knowledge API answers with (entities never cross the web boundary). */
final class KnowledgeViews {

    private KnowledgeViews() {}

    record KnowledgeBaseView(
            UUID id,
            String name,
            String description,
            List<Principal> readers,
            List<Principal> editors,
            boolean canEdit,
            EmbeddingModelView.Summary embeddingModel,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {

        static KnowledgeBaseView of(KnowledgeBaseDetails kb) {
            return new KnowledgeBaseView(
                    kb.id(),
                    kb.name(),
                    kb.description(),
                    kb.readers(),
                    kb.editors(),
                    kb.canEdit(),
                    EmbeddingModelView.Summary.of(kb.embeddingModel()),
                    kb.createdBy(),
                    kb.createdAt(),
                    kb.updatedAt());
        }
    }

    /**
     * A document. {@code status}, {@code stage}, {@code progress} and {@code statusReason} (a sentence) describe
     * the newest version's ingestion, {@code failureCode} why it failed for programs; {@code currentVersion} is the version search serves (null until one is indexed);
     * {@code sourceUrl} is where the newest version was imported from (null for uploads); {@code uploadedByName} the
     * uploader's display name (null if that person no longer exists); {@code analysis} is filled by document analysis.
     */
    record DocumentView(
            UUID id,
            UUID knowledgeBaseId,
            String title,
            String status,
            String stage,
            int progress,
            String statusReason,
            FailureCode failureCode,
            Integer currentVersion,
            int latestVersion,
            List<String> tags,
            Map<String, String> metadata,
            Map<String, Object> extracted,
            List<Principal> readers,
            String fileName,
            String contentType,
            long size,
            String sourceUrl,
            UUID uploadedBy,
            String uploadedByName,
            Instant createdAt,
            Instant updatedAt,
            String content,
            float[] embedding,
            Object analysis) {

        static DocumentView of(DocumentDetails d) {
            return new DocumentView(
                    d.id(),
                    d.knowledgeBaseId(),
                    d.title(),
                    d.status(),
                    d.stage(),
                    d.progress(),
                    d.statusReason(),
                    d.failureCode(),
                    d.currentVersion(),
                    d.latestVersion(),
                    d.tags(),
                    d.metadata(),
                    d.extracted(),
                    d.readers(),
                    d.fileName(),
                    d.contentType(),
                    d.size(),
                    d.sourceUrl(),
                    d.uploadedBy(),
                    d.uploadedByName(),
                    d.createdAt(),
                    d.updatedAt(),
                    d.content(),
                    d.embedding(),
                    null);
        }
    }

    record VersionView(
            UUID id,
            int number,
            boolean current,
            String status,
            String statusReason,
            FailureCode failureCode,
            int progress,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String sourceUrl,
            int chunkCount,
            int attempts,
            Map<String, Object> extracted,
            UUID createdBy,
            Instant createdAt) {

        static VersionView of(VersionDetails v) {
            return new VersionView(
                    v.id(),
                    v.number(),
                    v.current(),
                    v.status(),
                    v.statusReason(),
                    v.failureCode(),
                    v.progress(),
                    v.fileName(),
                    v.contentType(),
                    v.size(),
                    v.sha256(),
                    v.sourceUrl(),
                    v.chunkCount(),
                    v.attempts(),
                    v.extracted(),
                    v.createdBy(),
                    v.createdAt());
        }
    }

    record SearchHit(
            UUID chunkId,
            UUID documentId,
            UUID versionId,
            UUID knowledgeBaseId,
            String documentTitle,
            String text,
            List<String> highlights,
            double score,
            Double relevance,
            Signals signals,
            List<String> headingPath,
            Integer page) {

        /** What {@code relevance} comes from: the BM25 share and the cosine similarity (null: not measured). */
        record Signals(Double lexical, Double cosine) {}

        static SearchHit of(SearchResults.Match m) {
            return new SearchHit(
                    m.chunkId(),
                    m.documentId(),
                    m.versionId(),
                    m.knowledgeBaseId(),
                    m.documentTitle(),
                    m.text(),
                    m.highlights(),
                    m.score(),
                    m.relevance(),
                    new Signals(m.lexical(), m.cosine()),
                    m.headingPath(),
                    m.page());
        }
    }

    record SearchResult(List<SearchHit> items, String mode, long tookMs, double minRelevance, int belowFloor) {

        static SearchResult of(SearchResults results) {
            return new SearchResult(
                    results.matches().stream().map(SearchHit::of).toList(),
                    results.mode(),
                    results.tookMs(),
                    results.minRelevance(),
                    results.belowFloor());
        }
    }
}
