package com.aigentforce.knowledge.internal.base;

import com.aigentforce.audit.AuditEvent;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes the knowledge module's audit events on behalf of the current caller, naming the target. */
@Component
public class KnowledgeAuditor {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    KnowledgeAuditor(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Recorded when the caller's transaction commits (and not at all if it rolls back). */
    public void record(
            String action, String targetType, UUID targetId, String targetName, Map<String, Object> details) {
        events.publishEvent(AuditEvent.byCurrentCaller(action, targetType, targetId, details)
                .named(targetName));
    }

    /** A refusal: the request's transaction rolls back, so the record is published in a transaction of its own. */
    public void recordRefusal(
            String action, String targetType, UUID targetId, String targetName, Map<String, Object> details) {
        ownTransaction.executeWithoutResult(s -> record(action, targetType, targetId, targetName, details));
    }
}
