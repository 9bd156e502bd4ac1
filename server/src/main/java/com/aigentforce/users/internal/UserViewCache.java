package com.aigentforce.users.internal;

import com.aigentforce.users.internal.UserViews.UserView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-through cache of single-person views, the most frequent read (every page asks for {@code /users/me}).
 * Keyed by tenant and person, so an id never resolves across tenants. Every change on this node evicts at once
 * and again after its transaction commits (so a concurrent read cannot re-cache the old state); the expiry bounds
 * staleness when another node made the change — the same model as Keycloak's user cache.
 */
@Component
class UserViewCache {

    private record Key(UUID tenantId, UUID userId) {}

    private final Cache<Key, UserView> views;

    UserViewCache(@Value("${aigentforce.users.view-cache-ttl:15s}") Duration ttl) {
        this.views = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(ttl).build();
    }

    UserView get(UUID tenantId, UUID userId, Supplier<UserView> loader) {
        return views.get(new Key(tenantId, userId), key -> loader.get());
    }

    void evict(UUID tenantId, UUID userId) {
        Key key = new Key(tenantId, userId);
        views.invalidate(key);
        afterCommit(() -> views.invalidate(key));
    }

    /** Role or team changes touch many people's views. */
    void evictTenant(UUID tenantId) {
        Runnable evict = () -> views.asMap().keySet().removeIf(key -> key.tenantId().equals(tenantId));
        evict.run();
        afterCommit(evict);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.run();
                }
            });
        }
    }
}
