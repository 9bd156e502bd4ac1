package com.aigentforce.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;

/** One opaque refresh token, stored only as its SHA-256 hash; usable once. */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "session_id")
    private UUID sessionId;

    @Column(name = "token_hash")
    private byte[] tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RefreshToken() {}

    RefreshToken(UUID tenantId, UUID sessionId, byte[] tokenHash, Instant expiresAt) {
        this.tenantId = tenantId;
        this.sessionId = sessionId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    UUID sessionId() {
        return sessionId;
    }

    UUID tenantId() {
        return tenantId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant usedAt() {
        return usedAt;
    }
}
