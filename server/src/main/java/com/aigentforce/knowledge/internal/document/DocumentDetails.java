package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.internal.base.Principals;
import com.aigentforce.knowledge.internal.base.Principals.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A document as its services answer it. {@code status}, {@code stage}, {@code progress}, {@code statusReason} and
 * {@code failureCode} describe the newest version's ingestion; {@code currentVersion} is the version search serves (null until one is
 * indexed); {@code sourceUrl} is where the newest version was imported from (null for uploads); {@code uploadedByName}
 * the uploader's display name (null if that person no longer exists, or not looked up yet); {@code content} and
 * {@code embedding} only when asked for.
 */
public record DocumentDetails(
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
        float[] embedding) {

    public static DocumentDetails of(
            Document d, DocumentVersion latest, DocumentVersion current, String content, float[] embedding) {
        IngestionStatus status = latest.status();
        DocumentVersion described = current != null ? current : latest;
        return new DocumentDetails(
                d.id(),
                d.knowledgeBaseId(),
                d.title(),
                status.value(),
                status.finished() ? null : status.value(),
                latest.progress(),
                latest.statusReason(),
                latest.failureCode(),
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
                embedding);
    }

    DocumentDetails withUploaderName(String name) {
        return new DocumentDetails(
                id,
                knowledgeBaseId,
                title,
                status,
                stage,
                progress,
                statusReason,
                failureCode,
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
                embedding);
    }
}
