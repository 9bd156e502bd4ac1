package com.aigentforce.users.internal.base;

import com.aigentforce.platform.cluster.ClusterEvictions;
import com.aigentforce.users.internal.UsersProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Read-through cache of single-person views, the most frequent read (every page asks for {@code /users/me}).
 * Keyed by tenant and person, so an id never resolves across tenants. Every change on this node evicts at once
 * and again after its transaction commits (so a concurrent read cannot re-cache the old state); the expiry bounds
 * staleness when another node made the change and no Redis carries evictions — Keycloak's user cache works alike.
 */
@Component
public class UserViewCache {

    private record Key(UUID tenantId, UUID userId) {}

    private final Cache<Key, Object> views;

    private final ClusterEvictions evictions;

    public UserViewCache(UsersProperties properties, ClusterEvictions evictions) {
        this.views = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.users().viewCacheTtl())
                .build();
        this.evictions = evictions;
        evictions.register("user-view", key -> {
            String[] ids = key.split(":");
            views.invalidate(new Key(UUID.fromString(ids[0]), UUID.fromString(ids[1])));
        });
        evictions.register("user-views-of-tenant", key -> {
            UUID tenantId = UUID.fromString(key);
            views.asMap().keySet().removeIf(k -> k.tenantId().equals(tenantId));
        });
    }

    /** The cached view of one person; the web layer decides what a view is, so the cache holds it untyped. */
    @SuppressWarnings("unchecked")
    public <V> V get(UUID tenantId, UUID userId, Supplier<V> loader) {
        return (V) views.get(new Key(tenantId, userId), key -> loader.get());
    }

    public void evict(UUID tenantId, UUID userId) {
        evictions.evict("user-view", tenantId + ":" + userId);
    }

    /** Role or team changes touch many people's views. */
    public void evictTenant(UUID tenantId) {
        evictions.evict("user-views-of-tenant", tenantId.toString());
    }
}
