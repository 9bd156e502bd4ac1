package com.aigentforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event publication registry keeps events as JSON until they are written: an event with the target's name and
 * the API key survives the round trip, and one serialized before those fields existed still reads (without them).
 */
class AuditEventJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anEventWithTheTargetsNameAndTheApiKeyReadsBackTheSame() {
        AuditEvent event = new AuditEvent(
                        UUID.randomUUID(),
                        "knowledge_base.created",
                        new AuditEvent.Actor(
                                UUID.randomUUID(), "a@example.test", "127.0.0.1", "ua", UUID.randomUUID(), "ci-bot"),
                        "knowledge_base",
                        UUID.randomUUID().toString(),
                        null,
                        Map.of("k", "v"),
                        Instant.parse("2026-12-08T04:00:00Z"))
                .named("Handbook");

        assertThat(json.readValue(json.writeValueAsString(event), AuditEvent.class))
                .isEqualTo(event);
    }

    @Test
    void anEventSerializedBeforeNamesWereKeptStillReads() {
        String old = """
                {"tenantId":"01930000-0000-7000-8000-000000000001","action":"user.updated",
                 "actor":{"userId":null,"email":"a@example.test","ip":"127.0.0.1","userAgent":"ua"},
                 "targetType":"user","targetId":"x","details":{},"occurredAt":"2026-12-08T04:00:00Z"}
                """;

        AuditEvent event = json.readValue(old, AuditEvent.class);

        assertThat(event.action()).isEqualTo("user.updated");
        assertThat(event.targetName()).isNull();
        assertThat(event.actor().email()).isEqualTo("a@example.test");
        assertThat(event.actor().apiKeyId()).isNull();
    }
}
