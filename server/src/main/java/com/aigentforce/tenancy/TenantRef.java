package com.aigentforce.tenancy;

import java.util.UUID;

/**
 * What other modules may know about a tenant. {@code requestsPerMinute} overrides the tier's default rate limit when
 * set (null: the tier default applies).
 */
public record TenantRef(UUID id, String name, String slug, SubscriptionTier tier, Integer requestsPerMinute) {}
