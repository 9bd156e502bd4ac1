package com.aigentforce.tenancy.internal;

import com.aigentforce.tenancy.SubscriptionTier;
import com.aigentforce.tenancy.TenantRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

@Entity
@Table(name = "tenant")
class Tenant {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String name;

    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscription_tier")
    private SubscriptionTier tier;

    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Tenant() {}

    Tenant(String name, String slug) {
        this.name = name;
        this.slug = slug;
        this.tier = SubscriptionTier.FREE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void overrideRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
        this.updatedAt = Instant.now();
    }

    TenantRef toRef() {
        return new TenantRef(id, name, slug, tier, requestsPerMinute);
    }
}
