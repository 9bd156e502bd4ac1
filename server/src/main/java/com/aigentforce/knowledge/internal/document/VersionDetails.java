package com.aigentforce.knowledge.internal.document;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One version of a document as its services answer it; {@code current} when search serves it. */
public record VersionDetails(
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

    static VersionDetails of(DocumentVersion v, Integer currentVersion) {
        return new VersionDetails(
                v.id(),
                v.number(),
                currentVersion != null && currentVersion == v.number(),
                v.status().value(),
                v.statusReason(),
                v.failureCode(),
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
