package com.aigentforce.users.internal;

import com.aigentforce.audit.AuditEvent;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the users module's audit events on behalf of the current caller. */
@Component
class Auditor {

    private final ApplicationEventPublisher events;

    Auditor(ApplicationEventPublisher events) {
        this.events = events;
    }

    void record(String action, String targetType, UUID targetId, Map<String, Object> details) {
        events.publishEvent(AuditEvent.byCurrentCaller(action, targetType, targetId, details));
    }

    void recordAnonymous(
            UUID tenantId, String action, UUID actorId, String actorEmail, String targetType, UUID targetId) {
        events.publishEvent(AuditEvent.of(
                tenantId, action, AuditEvent.Actor.person(actorId, actorEmail), targetType, targetId, Map.of()));
    }
}
