package com.aigentforce.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A security or administrative fact to record in the tenant's audit trail. Modules publish it as an application
 * event inside their transaction; the audit module persists it after commit through the event publication
 * registry, so a committed change is never missing from the trail.
 */
public record AuditEvent(
        UUID tenantId,
        String action,
        Actor actor,
        String targetType,
        String targetId,
        Map<String, Object> details,
        Instant occurredAt) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    }

    public static AuditEvent of(
            UUID tenantId,
            String action,
            Actor actor,
            String targetType,
            Object targetId,
            Map<String, Object> details) {
        return new AuditEvent(
                tenantId,
                action,
                actor,
                targetType,
                targetId == null ? null : targetId.toString(),
                details,
                Instant.now());
    }

    /** Who did it and from where. */
    public record Actor(UUID userId, String email, String ip, String userAgent) {}
}
