package com.aigentforce.knowledge;

import java.util.UUID;

/**
 * Bytes of files a tenant keeps in the knowledge base: the sizes of all versions of its documents, deleted documents'
 * too until their retention ends and they are purged. For {@link StorageQuota} implementations (billing).
 */
public interface StoredBytes {

    long usedBy(UUID tenantId);
}
