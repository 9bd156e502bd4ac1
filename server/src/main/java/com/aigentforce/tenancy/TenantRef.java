package com.aigentforce.tenancy;

import java.util.UUID;

/** What other modules may know about a tenant. */
public record TenantRef(UUID id, String name, String slug, SubscriptionTier tier) {}
