package com.aigentforce.knowledge.internal.document;

import java.util.UUID;

/**
 * Puts a stored document version on the ingestion queue; must be called inside a transaction. Declared by documents,
 * which store the files, and provided by the ingestion pipeline, which processes them.
 */
@FunctionalInterface
public interface IngestionQueue {

    void enqueue(UUID tenantId, UUID versionId);
}
