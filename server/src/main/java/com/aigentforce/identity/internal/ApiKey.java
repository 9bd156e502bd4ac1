package com.aigentforce.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** An API key of one tenant: only its SHA-256 digest is stored, with a short prefix to recognise it by. */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private String name;

    private String prefix;

    @Column(name = "key_hash")
    private byte[] keyHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> permissions = new ArrayList<>();

    @Column(name = "created_by")
    private UUID createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {}

    ApiKey(
            UUID id,
            String name,
            String prefix,
            byte[] keyHash,
            Collection<String> permissions,
            UUID createdBy,
            Instant createdAt,
            Instant expiresAt) {
        this.id = id;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.permissions = new ArrayList<>(permissions);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Revokes the key; false if it was revoked before. */
    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    byte[] keyHash() {
        return keyHash;
    }

    List<String> permissions() {
        return List.copyOf(permissions);
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }
}
