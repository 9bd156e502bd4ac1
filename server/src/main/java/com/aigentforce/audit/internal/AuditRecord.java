package com.aigentforce.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A read-only view of one audit row; the application never updates or deletes them. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditRecord {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    private long seq;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String action;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    @Column(name = "target_name")
    private String targetName;

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "api_key_id")
    private UUID apiKeyId;

    @Column(name = "api_key_name")
    private String apiKeyName;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> details;

    protected AuditRecord() {}

    AuditView view() {
        return new AuditView(
                id,
                seq,
                action,
                actorId,
                actorEmail,
                apiKeyId,
                apiKeyName,
                targetType,
                targetId,
                targetName,
                ip,
                userAgent,
                details,
                occurredAt);
    }

    /**
     * One entry as the API shows it. {@code targetName} is the target's name when the entry was written;
     * {@code apiKeyId}/{@code apiKeyName} are set when the actor called through an API key.
     */
    record AuditView(
            UUID id,
            long seq,
            String action,
            UUID actorId,
            String actorEmail,
            UUID apiKeyId,
            String apiKeyName,
            String targetType,
            String targetId,
            String targetName,
            String ip,
            String userAgent,
            Map<String, Object> details,
            Instant occurredAt) {}
}
