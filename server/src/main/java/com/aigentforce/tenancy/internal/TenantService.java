package com.aigentforce.tenancy.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.cluster.ClusterEvictions;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantRef;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TenantService implements Tenancy {

    private static final String CACHE = "tenant";

    private final Tenants tenants;
    // tenants are read on most requests and change rarely; changes are evicted on every node, the expiry is a backstop
    private final Cache<UUID, Optional<TenantRef>> byId = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofSeconds(30))
            .build();

    private final ClusterEvictions evictions;
    private final ApplicationEventPublisher events;

    TenantService(Tenants tenants, ClusterEvictions evictions, ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.evictions = evictions;
        this.events = events;
        evictions.register(CACHE, key -> {
            if (ClusterEvictions.ALL.equals(key)) {
                byId.invalidateAll();
            } else {
                byId.invalidate(UUID.fromString(key));
            }
        });
    }

    /**
     * Sets the caller's organisation's own request rate limit, or with {@code null} restores its tier's default; the
     * change is audited and reaches every node's cache.
     */
    @Transactional
    TenantRef overrideRateLimit(Caller by, Integer requestsPerMinute) {
        Tenant tenant = tenants.findById(by.tenantId()).orElseThrow(() -> new NotFound("tenant", by.tenantId()));
        tenant.overrideRequestsPerMinute(requestsPerMinute);
        tenants.flush();
        evict(by.tenantId());
        Map<String, Object> details =
                Map.of("requestsPerMinute", requestsPerMinute == null ? "tier default" : requestsPerMinute);
        events.publishEvent(AuditEvent.of(
                by.tenantId(), "tenant.rate_limit_changed", AuditEvent.Actor.of(by), "tenant", by.tenantId(), details));
        return tenant.toRef();
    }

    /** Drops the cached tenant here and on every other node, once the current transaction has completed. */
    private void evict(UUID tenantId) {
        evictions.evict(CACHE, tenantId.toString());
    }

    @Override
    @Transactional
    public TenantRef create(String organizationName) {
        String base = slugOf(organizationName);
        String slug = base;
        while (tenants.existsBySlug(slug)) {
            slug = base + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        }
        return tenants.saveAndFlush(new Tenant(organizationName.strip(), slug)).toRef();
    }

    @Override
    public Optional<TenantRef> find(UUID tenantId) {
        return byId.get(tenantId, id -> tenants.findById(id).map(Tenant::toRef));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TenantRef> findByIdOrSlug(String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank()) {
            return Optional.empty();
        }
        try {
            return find(UUID.fromString(idOrSlug.strip()));
        } catch (IllegalArgumentException notAnId) {
            return tenants.findBySlug(idOrSlug.strip().toLowerCase(Locale.ROOT)).map(Tenant::toRef);
        }
    }

    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "org" : slug;
    }
}
