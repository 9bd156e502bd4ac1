package com.aigentforce.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The audit trail records who did what, when and from where, and filters by action and actor. */
class AuditTrailTest extends ApiTestSupport {

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void auditTrailRecordsWhoWhatWhenAndFromWhereAndFilters() {
        api.post("/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", "wrong-password-1"))
                .send()
                .expectProblem(401);
        var person = fixtures.person(org, "LEARNER");
        api.put("/api/v1/users/" + person.id(), Map.of("name", "Changed Name"))
                .bearer(owner())
                .send()
                .expect(200);
        api.delete("/api/v1/users/" + person.id()).bearer(owner()).send().expect(204);
        for (String action : List.of(
                "auth.login.failed",
                "auth.login.succeeded",
                "user.created",
                "user.updated",
                "user.deactivated",
                "tenant.registered")) {
            JsonNode entry = awaitAudit(action);
            assertThat(entry.path("occurredAt").asString()).isNotBlank();
            assertThat(entry.path("ip").asString()).isEqualTo("127.0.0.1");
        }
        var byActor = api.get("/api/v1/audit?actor=" + org.ownerEmail() + "&action=user.")
                .bearer(owner())
                .send()
                .expect(200)
                .body();
        assertThat(byActor.path("items")
                        .valueStream()
                        .map(e -> e.path("action").asString())
                        .toList())
                .allMatch(a -> a.startsWith("user."))
                .contains("user.created", "user.updated", "user.deactivated");
    }

    @Test
    void aRefusalForLackOfPermissionIsRecordedWithThePermissionAndTheEndpoint() {
        var learner = fixtures.person(org, "LEARNER");
        api.get("/api/v1/users").bearer(learner.session().accessToken()).send().expectProblem(403);
        JsonNode entry = awaitAudit("access.denied");
        assertThat(entry.path("actorEmail").asString()).isEqualTo(learner.email());
        assertThat(entry.path("targetId").asString()).isEqualTo("GET /api/v1/users");
        assertThat(entry.path("details").path("permission").asString()).isEqualTo("users:read");
    }

    private JsonNode awaitAudit(String action) {
        return awaitAuditEntry(owner(), action);
    }

    private String owner() {
        return org.owner().accessToken();
    }
}
