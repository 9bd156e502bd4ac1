package com.aigentforce.knowledge;

import java.util.UUID;

/**
 * A document's ingestion moved on: published at every stage change and on progress within a stage. {@code status}
 * is one of {@code stored|extracting|chunking|embedding|indexed|failed}; {@code stage} the stage running (equal to
 * the status while processing, null when finished), {@code progress} 0–100 within it, {@code statusReason} set when
 * failed; {@code versionId}/{@code versionNumber} name the version being ingested and {@code uploadedBy} who uploaded
 * it. Meant for live updates
 * ({@code document:processing} over the WebSocket gateway).
 */
public record DocumentProcessing(
        UUID tenantId,
        UUID documentId,
        String status,
        String stage,
        int progress,
        String statusReason,
        UUID versionId,
        int versionNumber,
        UUID uploadedBy) {}
