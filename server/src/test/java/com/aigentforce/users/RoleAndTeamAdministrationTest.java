package com.aigentforce.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Custom and built-in roles, teams and the rules for team leads. */
class RoleAndTeamAdministrationTest extends ApiTestSupport {

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void customRolesGrantExactlyTheirPermissionsAndBuiltInsAreReadOnly() {
        var created = api.post(
                        "/api/v1/roles",
                        Map.of(
                                "name",
                                "Auditor",
                                "description",
                                "Reads the trail",
                                "permissions",
                                List.of("audit:read")))
                .bearer(owner())
                .send()
                .expect(201)
                .body();
        String roleId = created.path("id").asString();
        assertThat(created.path("builtIn").asBoolean()).isFalse();
        var auditor = fixtures.person(org, "Auditor");
        api.get("/api/v1/audit").bearer(auditor.session().accessToken()).send().expect(200);
        api.get("/api/v1/users").bearer(auditor.session().accessToken()).send().expectProblem(403);

        api.put("/api/v1/roles/" + roleId, Map.of("name", "Auditor", "permissions", List.of("users:read")))
                .bearer(owner())
                .send()
                .expect(200);
        api.get("/api/v1/users").bearer(auditor.session().accessToken()).send().expect(200);
        api.get("/api/v1/audit").bearer(auditor.session().accessToken()).send().expectProblem(403);

        api.delete("/api/v1/roles/" + roleId).bearer(owner()).send().expectProblem(409);
        api.post("/api/v1/roles", Map.of("name", "auditor", "permissions", List.of()))
                .bearer(owner())
                .send()
                .expectProblem(409);
        api.post("/api/v1/roles", Map.of("name", "Admin", "permissions", List.of()))
                .bearer(owner())
                .send()
                .expectProblem(422);

        JsonNode roles = api.get("/api/v1/roles")
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("items");
        assertThat(roles.valueStream()
                        .filter(r -> r.path("builtIn").asBoolean())
                        .map(r -> r.path("name").asString())
                        .toList())
                .containsExactlyInAnyOrder("OWNER", "ADMIN", "MANAGER", "TRAINER", "LEARNER");
        String ownerRole = roles.valueStream()
                .filter(r -> r.path("name").asString().equals("OWNER"))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asString();
        api.put("/api/v1/roles/" + ownerRole, Map.of("name", "OWNER", "permissions", List.of()))
                .bearer(owner())
                .send()
                .expectProblem(409);
        api.delete("/api/v1/roles/" + ownerRole).bearer(owner()).send().expectProblem(409);

        api.put("/api/v1/users/" + auditor.id() + "/roles", Map.of("roles", List.of("LEARNER")))
                .bearer(owner())
                .send()
                .expect(200);
        api.delete("/api/v1/roles/" + roleId).bearer(owner()).send().expect(204);
        api.get("/api/v1/roles/" + roleId).bearer(owner()).send().expectProblem(404);
        assertThat(api.get("/api/v1/permissions")
                        .bearer(owner())
                        .send()
                        .expect(200)
                        .body()
                        .path("items")
                        .size())
                .isGreaterThan(20);
    }

    @Test
    void managersManageMembersOfTheTeamsTheyLeadOnly() {
        var manager = fixtures.person(org, "MANAGER");
        var learner = fixtures.person(org, "LEARNER");
        String own = api.post("/api/v1/teams", Map.of("name", "Support"))
                .bearer(owner())
                .send()
                .expect(201)
                .field("id");
        String other = api.post("/api/v1/teams", Map.of("name", "Finance"))
                .bearer(owner())
                .send()
                .expect(201)
                .field("id");
        api.put(
                        "/api/v1/teams/" + own + "/members",
                        Map.of("members", List.of(Map.of("userId", manager.id(), "lead", true))))
                .bearer(owner())
                .send()
                .expect(200);

        String token = manager.session().accessToken();
        var team = api.put(
                        "/api/v1/teams/" + own + "/members",
                        Map.of(
                                "members",
                                List.of(
                                        Map.of("userId", manager.id(), "lead", true),
                                        Map.of("userId", learner.id(), "lead", false))))
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(team.path("members").size()).isEqualTo(2);
        api.put(
                        "/api/v1/teams/" + other + "/members",
                        Map.of("members", List.of(Map.of("userId", learner.id(), "lead", false))))
                .bearer(token)
                .send()
                .expectProblem(403);
        api.put("/api/v1/teams/" + own, Map.of("name", "Renamed"))
                .bearer(token)
                .send()
                .expectProblem(403);
        api.put(
                        "/api/v1/teams/" + own + "/members",
                        Map.of("members", List.of(Map.of("userId", learner.id(), "lead", false))))
                .bearer(token)
                .send()
                .expectProblem(409);

        api.put("/api/v1/teams/" + own, Map.of("name", "Customer Support", "description", "Tier 1"))
                .bearer(owner())
                .send()
                .expect(200);
        api.post("/api/v1/teams", Map.of("name", "customer support"))
                .bearer(owner())
                .send()
                .expectProblem(409);
        assertThat(api.get("/api/v1/teams?q=customer")
                        .bearer(owner())
                        .send()
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(1);
        api.delete("/api/v1/teams/" + own).bearer(owner()).send().expect(204);
        assertThat(api.get("/api/v1/users/" + learner.id())
                        .bearer(owner())
                        .send()
                        .body()
                        .path("teams")
                        .size())
                .isZero();
        // the entry keeps the team's name, so it still reads once the team is gone
        assertThat(awaitAudit("team.deleted").path("targetName").asString()).isEqualTo("Customer Support");
    }

    private JsonNode awaitAudit(String action) {
        return awaitAuditEntry(owner(), action);
    }

    private String owner() {
        return org.owner().accessToken();
    }
}
