package com.aigentforce.knowledge;

import java.util.UUID;

/**
 * The hook billing plugs a tenant's storage allowance into. The knowledge module asks it before it stores a file
 * (an upload, a new version, a fetched URL import) and shows its answer on {@code GET /api/v1/knowledge-bases/usage}.
 *
 * <p>The default implementation reads a limit from configuration ({@code AIGENTFORCE_KB_TENANT_STORAGE_QUOTA},
 * unlimited by default) and counts {@link StoredBytes}. Billing replaces it by declaring its own bean of this type
 * marked {@code @Primary}.
 */
public interface StorageQuota {

    /**
     * Throws {@link StorageQuotaExceeded} when storing {@code bytesToAdd} more would take the tenant past its limit.
     * A soft limit: uploads that run at the same moment are each checked against what was stored before them.
     */
    void check(UUID tenantId, long bytesToAdd);

    /** What the tenant stores now and its limit. */
    Usage usage(UUID tenantId);

    /**
     * @param usedBytes bytes of files the tenant stores
     * @param limitBytes its limit, or null for none
     */
    record Usage(long usedBytes, Long limitBytes) {}
}
