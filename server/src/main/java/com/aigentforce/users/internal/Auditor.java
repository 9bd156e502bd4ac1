package com.aigentforce.users.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.web.RequestOrigin;
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
        Caller caller = CurrentCaller.get();
        RequestOrigin origin = RequestOrigin.current();
        events.publishEvent(AuditEvent.of(
                caller.tenantId(),
                action,
                new AuditEvent.Actor(caller.userId(), caller.email(), origin.ip(), origin.userAgent()),
                targetType,
                targetId,
                details));
    }

    void recordAnonymous(
            UUID tenantId, String action, UUID actorId, String actorEmail, String targetType, UUID targetId) {
        RequestOrigin origin = RequestOrigin.current();
        events.publishEvent(AuditEvent.of(
                tenantId,
                action,
                new AuditEvent.Actor(actorId, actorEmail, origin.ip(), origin.userAgent()),
                targetType,
                targetId,
                Map.of()));
    }
}
