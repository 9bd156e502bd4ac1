package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.StorageQuota;
import com.aigentforce.knowledge.StorageQuotaExceeded;
import com.aigentforce.knowledge.StoredBytes;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The default {@link StorageQuota}: the limit from configuration ({@code aigentforce.knowledge.tenant-storage-quota},
 * per tenant in {@code tenant-storage-quotas}), none by default. Billing replaces it with a {@code @Primary} bean.
 */
@Component
class ConfiguredStorageQuota implements StorageQuota {

    private final StoragePolicyProperties properties;
    private final StoredBytes stored;

    ConfiguredStorageQuota(StoragePolicyProperties properties, StoredBytes stored) {
        this.properties = properties;
        this.stored = stored;
    }

    @Override
    public void check(UUID tenantId, long bytesToAdd) {
        Long limit = properties.quotaOf(tenantId);
        if (limit == null) {
            return;
        }
        long used = stored.usedBy(tenantId);
        if (used + bytesToAdd > limit) {
            throw new StorageQuotaExceeded(used, bytesToAdd, limit);
        }
    }

    @Override
    public Usage usage(UUID tenantId) {
        return new Usage(stored.usedBy(tenantId), properties.quotaOf(tenantId));
    }
}
