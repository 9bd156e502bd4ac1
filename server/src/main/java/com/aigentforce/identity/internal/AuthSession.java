package com.aigentforce.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One sign-in: the family of refresh tokens issued from it, and the "sid" every access token of it carries. */
@Entity
@Table(name = "auth_session")
class AuthSession {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    protected AuthSession() {}

    AuthSession(UUID id, UUID tenantId, UUID userId, Instant expiresAt, String ip, String userAgent) {
        this.id = id;
        this.tenantId = tenantId;
        this.userId = userId;
        this.createdAt = Instant.now();
        this.lastUsedAt = createdAt;
        this.expiresAt = expiresAt;
        this.ip = ip;
        this.userAgent = userAgent;
    }

    boolean isActive(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    void revoke(String reason) {
        if (revokedAt == null) {
            revokedAt = Instant.now();
            revokeReason = reason;
        }
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
