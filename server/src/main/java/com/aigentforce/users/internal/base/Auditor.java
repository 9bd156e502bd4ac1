package com.aigentforce.users.internal.base;

import com.aigentforce.audit.AuditEvent;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes the users module's audit events on behalf of the current caller. */
@Component
public class Auditor {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    public Auditor(ApplicationEventPublisher events, TransactionTemplate tx) {
        this.events = events;
        this.ownTransaction = new TransactionTemplate(tx.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(String action, String targetType, UUID targetId, Map<String, Object> details) {
        events.publishEvent(AuditEvent.byCurrentCaller(action, targetType, targetId, details));
    }

    /** As {@link #record}, keeping the target's display name in the entry so it still reads after a rename or deletion. */
    public void recordNamed(
            String action, String targetType, UUID targetId, String targetName, Map<String, Object> details) {
        events.publishEvent(AuditEvent.byCurrentCaller(action, targetType, targetId, details)
                .named(targetName));
    }

    /**
     * A refusal: the request's own transaction rolls back, and an event published in it would be dropped with it,
     * so the record is published in a transaction of its own.
     */
    public void recordRefusal(String action, String targetType, UUID targetId, Map<String, Object> details) {
        ownTransaction.executeWithoutResult(s -> record(action, targetType, targetId, details));
    }

    public void recordAnonymous(
            UUID tenantId, String action, UUID actorId, String actorEmail, String targetType, UUID targetId) {
        events.publishEvent(AuditEvent.of(
                tenantId, action, AuditEvent.Actor.person(actorId, actorEmail), targetType, targetId, Map.of()));
    }
}
