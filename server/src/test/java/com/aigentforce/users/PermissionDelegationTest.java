package com.aigentforce.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Nobody hands out a permission they do not hold: not through a new or widened role, not by assigning a role, not
 * by creating or inviting a person, not through an API key. Refusals name what is missing and are audited.
 */
class PermissionDelegationTest extends ApiTestSupport {

    static final Map<String, Object> RATE_LIMIT = Map.of("requestsPerMinute", 5000);

    Fixtures.Org org;
    Fixtures.Person admin;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
        admin = fixtures.person(org, "ADMIN");
    }

    @Test
    void anAdminCannotReachTenantAdminThroughACustomRoleOfTheirOwn() {
        api.put("/api/v1/tenant/rate-limit", RATE_LIMIT).bearer(admin()).send().expectProblem(403);

        var refused = api.post(
                        "/api/v1/roles",
                        Map.of("name", "Sneaky", "permissions", List.of("tenant:admin", "billing:manage", "kb:read")))
                .bearer(admin())
                .send();
        expectMissing(refused, "billing:manage", "tenant:admin");
        assertThat(roleNames()).doesNotContain("Sneaky");
        api.put("/api/v1/users/" + admin.id() + "/roles", Map.of("roles", List.of("ADMIN", "Sneaky")))
                .bearer(admin())
                .send()
                .expectProblem(422);
        api.put("/api/v1/tenant/rate-limit", RATE_LIMIT).bearer(admin()).send().expectProblem(403);

        JsonNode entry = awaitAuditEntry(owner(), "role.create.denied");
        assertThat(entry.path("actorId").asString()).isEqualTo(admin.id().toString());
        assertThat(entry.path("details").path("name").asString()).isEqualTo("Sneaky");
        assertThat(strings(entry.path("details").path("missingPermissions")))
                .containsExactly("billing:manage", "tenant:admin");

        api.post("/api/v1/roles", Map.of("name", "Readers", "permissions", List.of("kb:read", "users:read")))
                .bearer(admin())
                .send()
                .expect(201);
    }

    @Test
    void aRoleCanBeWidenedOnlyWithPermissionsTheCallerHolds() {
        String helper = createRole(admin(), "Helper", List.of("users:read"));
        expectMissing(
                api.put(
                                "/api/v1/roles/" + helper,
                                Map.of("name", "Helper", "permissions", List.of("users:read", "billing:manage")))
                        .bearer(admin())
                        .send(),
                "billing:manage");
        assertThat(permissionsOf(helper)).containsExactly("users:read");
        JsonNode entry = awaitAuditEntry(owner(), "role.update.denied");
        assertThat(entry.path("targetId").asString()).isEqualTo(helper);
        assertThat(entry.path("actorId").asString()).isEqualTo(admin.id().toString());
        api.put("/api/v1/roles/" + helper, Map.of("name", "Helper", "permissions", List.of("users:read", "kb:read")))
                .bearer(admin())
                .send()
                .expect(200);

        // renaming or narrowing a role that holds more than the caller grants nothing
        String billing = createRole(owner(), "Billing", List.of("billing:read", "billing:manage"));
        api.put(
                        "/api/v1/roles/" + billing,
                        Map.of("name", "Billing Team", "permissions", List.of("billing:read", "billing:manage")))
                .bearer(admin())
                .send()
                .expect(200);
        api.put("/api/v1/roles/" + billing, Map.of("name", "Billing Team", "permissions", List.of("billing:read")))
                .bearer(admin())
                .send()
                .expect(200);
        expectMissing(
                api.put(
                                "/api/v1/roles/" + billing,
                                Map.of(
                                        "name",
                                        "Billing Team",
                                        "permissions",
                                        List.of("billing:read", "billing:manage")))
                        .bearer(admin())
                        .send(),
                "billing:manage");
    }

    @Test
    void nobodyAssignsARoleCarryingAPermissionTheyLackThemselvesIncluded() {
        createRole(owner(), "Finance", List.of("billing:read", "billing:manage"));
        var learner = fixtures.person(org, "LEARNER");

        expectMissing(
                api.put("/api/v1/users/" + admin.id() + "/roles", Map.of("roles", List.of("ADMIN", "Finance")))
                        .bearer(admin())
                        .send(),
                "billing:manage");
        expectMissing(
                api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("Finance")))
                        .bearer(admin())
                        .send(),
                "billing:manage");
        expectMissing(
                api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("OWNER")))
                        .bearer(admin())
                        .send(),
                "billing:manage",
                "tenant:admin");
        assertThat(rolesOf(admin.id())).containsExactly("ADMIN");
        assertThat(rolesOf(learner.id())).containsExactly("LEARNER");
        JsonNode entry = awaitAuditEntry(owner(), "user.roles.denied");
        assertThat(entry.path("actorId").asString()).isEqualTo(admin.id().toString());
        assertThat(entry.path("details").path("missingPermissions").toString()).contains("billing:manage");

        api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("TRAINER")))
                .bearer(admin())
                .send()
                .expect(200);
        // a role the person already holds is kept, not given
        api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("Finance")))
                .bearer(owner())
                .send()
                .expect(200);
        api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("Finance", "TRAINER")))
                .bearer(admin())
                .send()
                .expect(200);
        assertThat(rolesOf(learner.id())).containsExactly("Finance", "TRAINER");
        // removing OWNER stays an OWNER's decision, and is audited when refused
        api.put("/api/v1/users/" + org.ownerId() + "/roles", Map.of("roles", List.of("ADMIN")))
                .bearer(admin())
                .send()
                .expectProblem(403);
        assertThat(rolesOf(org.ownerId())).containsExactly("OWNER");
    }

    @Test
    void creatingOrInvitingAPersonCarriesOnlyRolesTheCallerCouldAssign() {
        createRole(owner(), "Finance", List.of("billing:manage"));
        String owned = Fixtures.unique("owned") + "@example.test";
        expectMissing(
                api.post(
                                "/api/v1/users",
                                Map.of(
                                        "email",
                                        owned,
                                        "name",
                                        "Second Owner",
                                        "roles",
                                        List.of("OWNER"),
                                        "password",
                                        Fixtures.PASSWORD))
                        .bearer(admin())
                        .send(),
                "billing:manage",
                "tenant:admin");
        String invited = Fixtures.unique("invited") + "@example.test";
        expectMissing(
                api.post("/api/v1/users", Map.of("email", invited, "name", "Fin", "roles", List.of("Finance")))
                        .bearer(admin())
                        .send(),
                "billing:manage");
        assertThat(total("/api/v1/users?q=" + owned)).isZero();
        assertThat(total("/api/v1/users?q=" + invited)).isZero();
        api.post("/api/v1/auth/login", Map.of("email", owned, "password", Fixtures.PASSWORD))
                .send()
                .expectProblem(401);
        JsonNode entry = awaitAuditEntry(owner(), "user.create.denied");
        assertThat(entry.path("actorId").asString()).isEqualTo(admin.id().toString());

        var trainer = api.post("/api/v1/users", Map.of("email", invited, "name", "Tess", "roles", List.of("TRAINER")))
                .bearer(admin())
                .send()
                .expect(201)
                .body();
        assertThat(trainer.path("invitation").path("token").asString()).isNotBlank();
        api.post("/api/v1/users", Map.of("email", owned, "name", "Fin", "roles", List.of("Finance")))
                .bearer(owner())
                .send()
                .expect(201);
    }

    @Test
    void aRoleWidenedAfterItWasAssignedIsWidenedOnlyByAHolderOfTheNewPermissions() {
        String support = createRole(admin(), "Support", List.of("users:read"));
        var agent = fixtures.person(org, "LEARNER");
        api.put("/api/v1/users/" + agent.id() + "/roles", Map.of("roles", List.of("Support")))
                .bearer(admin())
                .send()
                .expect(200);
        String agentToken = agent.session().accessToken();
        api.get("/api/v1/users").bearer(agentToken).send().expect(200);

        expectMissing(
                api.put(
                                "/api/v1/roles/" + support,
                                Map.of("name", "Support", "permissions", List.of("users:read", "tenant:admin")))
                        .bearer(admin())
                        .send(),
                "tenant:admin");
        api.put("/api/v1/tenant/rate-limit", RATE_LIMIT)
                .bearer(agentToken)
                .send()
                .expectProblem(403);

        // an OWNER holds every permission, so keeps every power
        api.put(
                        "/api/v1/roles/" + support,
                        Map.of("name", "Support", "permissions", List.of("users:read", "tenant:admin")))
                .bearer(owner())
                .send()
                .expect(200);
        api.put("/api/v1/tenant/rate-limit", RATE_LIMIT)
                .bearer(agentToken)
                .send()
                .expect(200);
        api.put("/api/v1/tenant/rate-limit", RATE_LIMIT).bearer(admin()).send().expectProblem(403);
    }

    @Test
    void anApiKeyGrantsNoMoreThanTheKeyItselfCarries() {
        String key = api.post(
                        "/api/v1/api-keys",
                        Map.of(
                                "name",
                                "provisioning",
                                "permissions",
                                List.of("roles:write", "roles:assign", "users:read")))
                .bearer(owner())
                .send()
                .expect(201)
                .field("key");
        expectMissing(
                api.post("/api/v1/roles", Map.of("name", "Wide", "permissions", List.of("kb:admin")))
                        .bearer(key)
                        .send(),
                "kb:admin");
        var learner = fixtures.person(org, "LEARNER");
        expectMissing(
                api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("TRAINER")))
                        .bearer(key)
                        .send(),
                "assistants:manage",
                "assistants:use",
                "documents:analyze",
                "kb:read",
                "kb:write",
                "prompts:read",
                "prompts:write",
                "teams:read",
                "training:author",
                "training:read",
                "workflows:manage",
                "workflows:read");
        String narrow = api.post("/api/v1/roles", Map.of("name", "Listing", "permissions", List.of("users:read")))
                .bearer(key)
                .send()
                .expect(201)
                .field("name");
        api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of(narrow)))
                .bearer(key)
                .send()
                .expect(200);
    }

    @Test
    void aManagerCannotGiveRolesAndLeadsOnlyTheirOwnTeams() {
        var manager = fixtures.person(org, "MANAGER");
        String token = manager.session().accessToken();
        api.put("/api/v1/users/" + manager.id() + "/roles", Map.of("roles", List.of("ADMIN")))
                .bearer(token)
                .send()
                .expectProblem(403);
        api.post("/api/v1/roles", Map.of("name", "Mine", "permissions", List.of("teams:write")))
                .bearer(token)
                .send()
                .expectProblem(403);
        String other = api.post("/api/v1/teams", Map.of("name", "Elsewhere"))
                .bearer(owner())
                .send()
                .expect(201)
                .field("id");
        api.put(
                        "/api/v1/teams/" + other + "/members",
                        Map.of("members", List.of(Map.of("userId", manager.id(), "lead", true))))
                .bearer(token)
                .send()
                .expectProblem(403);
        assertThat(rolesOf(manager.id())).containsExactly("MANAGER");
    }

    @Test
    void onlySomeoneHoldingEveryPermissionOfAPersonChangesTheirStatus() {
        var secondOwner = fixtures.person(org, "OWNER");

        expectMissing(
                api.delete("/api/v1/users/" + secondOwner.id()).bearer(admin()).send(),
                "billing:manage",
                "tenant:admin");
        expectMissing(
                api.put("/api/v1/users/" + secondOwner.id(), Map.of("status", "deactivated"))
                        .bearer(admin())
                        .send(),
                "billing:manage",
                "tenant:admin");
        assertThat(statusOf(secondOwner.id())).isEqualTo("active");
        JsonNode entry = awaitAuditEntry(owner(), "user.status.denied");
        assertThat(entry.path("targetId").asString()).isEqualTo(secondOwner.id().toString());
        assertThat(entry.path("actorId").asString()).isEqualTo(admin.id().toString());

        var learner = fixtures.person(org, "LEARNER");
        api.delete("/api/v1/users/" + learner.id()).bearer(admin()).send().expect(204);
        assertThat(statusOf(learner.id())).isEqualTo("deactivated");
        api.delete("/api/v1/users/" + secondOwner.id()).bearer(owner()).send().expect(204);
        assertThat(statusOf(secondOwner.id())).isEqualTo("deactivated");
    }

    private String statusOf(UUID userId) {
        return api.get("/api/v1/users/" + userId)
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("status")
                .asString();
    }

    private static void expectMissing(Api.Response response, String... missing) {
        response.expectProblem(403);
        assertThat(response.body().path("type").asString()).endsWith("/permissions-not-held");
        assertThat(strings(response.body().path("missingPermissions"))).containsExactly(missing);
        assertThat(response.body().path("detail").asString()).contains(missing[0]);
    }

    private String createRole(String token, String name, List<String> permissions) {
        return api.post("/api/v1/roles", Map.of("name", name, "permissions", permissions))
                .bearer(token)
                .send()
                .expect(201)
                .field("id");
    }

    private List<String> permissionsOf(String roleId) {
        return strings(api.get("/api/v1/roles/" + roleId)
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("permissions"));
    }

    private List<String> roleNames() {
        return api.get("/api/v1/roles")
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("items")
                .valueStream()
                .map(r -> r.path("name").asString())
                .toList();
    }

    private List<String> rolesOf(UUID userId) {
        return strings(api.get("/api/v1/users/" + userId + "/roles")
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("roles"));
    }

    private int total(String path) {
        return api.get(path)
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("total")
                .asInt();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private String admin() {
        return admin.session().accessToken();
    }

    private String owner() {
        return org.owner().accessToken();
    }
}
