package com.aigentforce.knowledge.internal.index;

import java.util.UUID;
import org.hibernate.search.mapper.pojo.tenancy.TenantIdentifierConverter;

/** Tenant ids are UUIDs (Hibernate's {@code @TenantId}); Hibernate Search stores them as strings. */
public class UuidTenantIds implements TenantIdentifierConverter {

    @Override
    public String toStringValue(Object tenantId) {
        return tenantId == null ? null : tenantId.toString();
    }

    @Override
    public Object fromStringValue(String tenantId) {
        return tenantId == null ? null : UUID.fromString(tenantId);
    }
}
