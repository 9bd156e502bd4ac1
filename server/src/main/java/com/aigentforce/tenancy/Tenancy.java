package com.aigentforce.tenancy;

import java.util.Optional;
import java.util.UUID;

/** The tenancy module's API: create tenants and resolve them by id or slug. */
public interface Tenancy {

    TenantRef create(String organizationName);

    Optional<TenantRef> find(UUID tenantId);

    /** Resolves a tenant by its id or its slug (what a person types at sign-in). */
    Optional<TenantRef> findByIdOrSlug(String idOrSlug);
}
