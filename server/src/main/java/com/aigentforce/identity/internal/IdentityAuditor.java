package com.aigentforce.identity.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.tenancy.TenantContext;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes the MFA and API-key audit events (the audit module writes them after commit). */
@Component
class IdentityAuditor {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    IdentityAuditor(ApplicationEventPublisher events, TransactionTemplate tx) {
        this.events = events;
        this.tx = tx;
    }

    void record(
            UUID tenantId,
            String action,
            UUID actorId,
            String actorEmail,
            String targetType,
            Object targetId,
            Map<String, Object> details) {
        AuditEvent.Actor actor = AuditEvent.Actor.person(actorId, actorEmail);
        TenantContext.runAs(
                TenantContext.SYSTEM,
                () -> tx.executeWithoutResult(s ->
                        events.publishEvent(AuditEvent.of(tenantId, action, actor, targetType, targetId, details))));
    }
}
