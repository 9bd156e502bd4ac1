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

    private String ip;

    @Column(name = "user_agent")
    private String userAgent;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> details;

    protected AuditRecord() {}

    AuditView view() {
        return new AuditView(
                id, seq, action, actorId, actorEmail, targetType, targetId, ip, userAgent, details, occurredAt);
    }

    record AuditView(
            UUID id,
            long seq,
            String action,
            UUID actorId,
            String actorEmail,
            String targetType,
            String targetId,
            String ip,
            String userAgent,
            Map<String, Object> details,
            Instant occurredAt) {}
}
