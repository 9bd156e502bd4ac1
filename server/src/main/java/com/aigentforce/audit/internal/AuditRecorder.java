package com.aigentforce.audit.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.security.AccessDenied;
import java.sql.Timestamp;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Persists audit events after the publishing transaction commits. Delivery goes through the event publication
 * registry, so an event whose write fails (or whose node dies) is retried rather than lost. The row is written
 * with the event's own tenant id: listeners run outside any request, so there is no tenant context to rely on.
 */
@Component
class AuditRecorder {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditRecorder(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(AuditEvent event) {
        write(event);
    }

    /** Refused requests have no transaction to publish in; they are recorded as they happen. */
    @EventListener
    @Transactional
    void on(AccessDenied denied) {
        write(AuditEvent.of(
                denied.tenantId(),
                "access.denied",
                new AuditEvent.Actor(denied.userId(), denied.email(), denied.ip(), denied.userAgent()),
                "endpoint",
                denied.method() + " " + denied.path(),
                Map.of("permission", denied.permission())));
    }

    private void write(AuditEvent event) {
        AuditEvent.Actor actor = event.actor();
        jdbc.sql("""
                insert into audit_event (id, tenant_id, occurred_at, action, actor_id, actor_email, target_type,
                                         target_id, target_name, ip, user_agent, api_key_id, api_key_name, details)
                values (:id, :tenant, :at, :action, :actorId, :actorEmail, :targetType, :targetId, :targetName, :ip,
                        :agent, :apiKeyId, :apiKeyName, cast(:details as jsonb))
                """)
                .param("id", Ids.next())
                .param("tenant", event.tenantId())
                .param("at", Timestamp.from(event.occurredAt()))
                .param("action", event.action())
                .param("actorId", actor == null ? null : actor.userId())
                .param("actorEmail", actor == null ? null : actor.email())
                .param("targetType", event.targetType())
                .param("targetId", event.targetId())
                .param("targetName", event.targetName())
                .param("apiKeyId", actor == null ? null : actor.apiKeyId())
                .param("apiKeyName", actor == null ? null : actor.apiKeyName())
                .param("ip", actor == null ? null : actor.ip())
                .param("agent", actor == null ? null : actor.userAgent())
                .param("details", json.writeValueAsString(event.details()))
                .update();
    }
}
