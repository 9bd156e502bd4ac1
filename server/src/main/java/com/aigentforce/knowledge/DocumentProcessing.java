package com.aigentforce.knowledge;

import java.util.UUID;

/**
 * A document's ingestion moved on: published at every stage change and on progress within a stage. {@code status}
 * is one of {@code stored|extracting|chunking|embedding|indexed|failed}; {@code stage} the stage running (equal to
 * the status while processing), {@code progress} 0–100 within it, {@code statusReason} set when failed. Meant for
 * live updates ({@code document:processing} over the WebSocket gateway).
 */
public record DocumentProcessing(
        UUID tenantId,
        UUID documentId,
        UUID versionId,
        int versionNumber,
        String status,
        String stage,
        int progress,
        String statusReason) {}
