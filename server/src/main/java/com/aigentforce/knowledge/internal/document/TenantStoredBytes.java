package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.StoredBytes;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Sums the sizes of a tenant's document versions (rows stay until the purge after the retention period). */
@Component
class TenantStoredBytes implements StoredBytes {

    private final JdbcTemplate jdbc;

    TenantStoredBytes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long usedBy(UUID tenantId) {
        Long used = jdbc.queryForObject(
                "select coalesce(sum(size_bytes), 0) from kb_document_version where tenant_id = ?",
                Long.class,
                tenantId);
        return used == null ? 0 : used;
    }
}
