package com.aigentforce.knowledge.internal.document;

import java.util.UUID;

/**
 * Where a document's files live in object storage: one key per version under the document's prefix
 * ({@code tenants/<tenant>/documents/<document>/<version>}), so a purge can also find what a version row does not name.
 */
public final class DocumentFiles {

    private DocumentFiles() {}

    /** The prefix under which every file of the document is stored. */
    public static String prefixOf(UUID tenantId, UUID documentId) {
        return "tenants/" + tenantId + "/documents/" + documentId + "/";
    }

    /** The key of one version's file. */
    public static String keyOf(UUID tenantId, UUID documentId, UUID versionId) {
        return prefixOf(tenantId, documentId) + versionId;
    }
}
