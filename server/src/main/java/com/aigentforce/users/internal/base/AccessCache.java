package com.aigentforce.users.internal.base;

import com.aigentforce.identity.AccountDirectory.AccessGrant;
import com.aigentforce.platform.cluster.ClusterEvictions;
import com.aigentforce.users.internal.UsersProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Caches each account's standing and permissions so authorising a request costs no query. Local changes (roles,
 * status, role definitions) evict at once; the short time-to-live bounds staleness when another node made the
 * change; with Redis configured, other nodes are told at once.
 */
@Component
public class AccessCache {

    private final Cache<UUID, Optional<AccessGrant>> grants;

    private final ClusterEvictions evictions;

    public AccessCache(UsersProperties properties, ClusterEvictions evictions) {
        this.grants = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.security().accessCacheTtl())
                .build();
        this.evictions = evictions;
        evictions.register("access", key -> {
            if (ClusterEvictions.ALL.equals(key)) {
                grants.invalidateAll();
            } else {
                grants.invalidate(UUID.fromString(key));
            }
        });
    }

    public Optional<AccessGrant> get(UUID userId, Supplier<Optional<AccessGrant>> loader) {
        return grants.get(userId, id -> loader.get());
    }

    public void evict(UUID userId) {
        evictions.evict("access", userId.toString());
    }

    /** A role definition changed: anyone may hold it. */
    public void evictAll() {
        evictions.evict("access", ClusterEvictions.ALL);
    }
}
