package com.aigentforce.knowledge.internal;

import com.aigentforce.knowledge.internal.Principals.Principal;
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

        static KnowledgeBaseView of(KnowledgeBase kb, boolean canEdit, EmbeddingModelSpec model) {
            return new KnowledgeBaseView(
                    kb.id(),
                    kb.name(),
                    kb.description(),
                    Principals.decode(kb.readers()),
                    Principals.decode(kb.editors()),
                    canEdit,
                    EmbeddingModelView.Summary.of(model),
                    kb.createdBy(),
                    kb.createdAt(),
                    kb.updatedAt());
        }
    }

    /**
     * A document. {@code status}, {@code stage}, {@code progress} and {@code statusReason} describe the newest
     * version's ingestion; {@code currentVersion} is the version search serves (null until one is indexed);
     * {@code sourceUrl} is where the newest version was imported from (null for uploads); {@code uploadedByName} the
     * uploader's display name (null if that person no longer exists).
     */
    record DocumentView(
            UUID id,
            UUID knowledgeBaseId,
            String title,
            String status,
            String stage,
            int progress,
            String statusReason,
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

        static DocumentView of(
                Document d, DocumentVersion latest, DocumentVersion current, String content, float[] embedding) {
            IngestionStatus status = latest.status();
            DocumentVersion described = current != null ? current : latest;
            return new DocumentView(
                    d.id(),
                    d.knowledgeBaseId(),
                    d.title(),
                    status.value(),
                    status.finished() ? null : status.value(),
                    latest.progress(),
                    latest.statusReason(),
                    d.currentVersion(),
                    d.latestVersion(),
                    d.tags(),
                    d.metadata(),
                    described.extractedMetadata(),
                    d.readers() == null ? null : Principals.decode(d.readers()),
                    latest.fileName(),
                    latest.contentType(),
                    latest.sizeBytes(),
                    latest.sourceUrl(),
                    d.uploadedBy(),
                    null,
                    d.createdAt(),
                    d.updatedAt(),
                    content,
                    embedding,
                    null);
        }

        DocumentView withUploaderName(String name) {
            return new DocumentView(
                    id,
                    knowledgeBaseId,
                    title,
                    status,
                    stage,
                    progress,
                    statusReason,
                    currentVersion,
                    latestVersion,
                    tags,
                    metadata,
                    extracted,
                    readers,
                    fileName,
                    contentType,
                    size,
                    sourceUrl,
                    uploadedBy,
                    name,
                    createdAt,
                    updatedAt,
                    content,
                    embedding,
                    analysis);
        }
    }

    record VersionView(
            UUID id,
            int number,
            boolean current,
            String status,
            String statusReason,
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

        static VersionView of(DocumentVersion v, Integer currentVersion) {
            return new VersionView(
                    v.id(),
                    v.number(),
                    currentVersion != null && currentVersion == v.number(),
                    v.status().value(),
                    v.statusReason(),
                    v.progress(),
                    v.fileName(),
                    v.contentType(),
                    v.sizeBytes(),
                    v.sha256(),
                    v.sourceUrl(),
                    v.chunkCount(),
                    v.attempts(),
                    v.extractedMetadata(),
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
            List<String> headingPath,
            Integer page) {}

    record SearchResult(List<SearchHit> items, String mode, long tookMs) {}
}
