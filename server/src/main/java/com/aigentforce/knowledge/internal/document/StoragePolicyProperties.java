package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.internal.KnowledgeProperties;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How long deleted documents keep their files and how much a tenant may store ({@code aigentforce.knowledge}, next
 * to {@link KnowledgeProperties}; documented in the README and docs/api.md).
 *
 * @param deletedRetention how long a deleted document's files and rows are kept before they are purged
 *     ({@code AIGENTFORCE_KB_DELETED_RETENTION})
 * @param purgeInterval how often one node of the cluster purges the documents past their retention
 * @param tenantStorageQuota bytes of files one tenant may store (every version, deleted documents' until purged);
 *     unset for no limit ({@code AIGENTFORCE_KB_TENANT_STORAGE_QUOTA})
 * @param tenantStorageQuotas limits for single tenants (by tenant id) that replace {@code tenantStorageQuota}
 */
@ConfigurationProperties("aigentforce.knowledge")
record StoragePolicyProperties(
        Duration deletedRetention,
        Duration purgeInterval,
        DataSize tenantStorageQuota,
        Map<UUID, DataSize> tenantStorageQuotas) {

    StoragePolicyProperties {
        deletedRetention = deletedRetention == null ? Duration.ofDays(30) : deletedRetention;
        purgeInterval = purgeInterval == null ? Duration.ofHours(1) : purgeInterval;
        tenantStorageQuotas = tenantStorageQuotas == null ? Map.of() : Map.copyOf(tenantStorageQuotas);
    }

    /** The tenant's limit in bytes, or null for none. */
    Long quotaOf(UUID tenantId) {
        DataSize limit = tenantStorageQuotas.getOrDefault(tenantId, tenantStorageQuota);
        return limit == null ? null : limit.toBytes();
    }
}
