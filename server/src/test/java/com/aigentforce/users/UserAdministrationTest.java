package com.aigentforce.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** People: creation, search, roles, status, profile; every change visible on the next read. */
class UserAdministrationTest extends ApiTestSupport {

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void createdPersonSignsInAndDuplicateEmailConflicts() {
        var person = fixtures.person(org, "TRAINER");
        var me = api.get("/api/v1/users/me")
                .bearer(person.session().accessToken())
                .send()
                .expect(200)
                .body();
        assertThat(me.path("roles").get(0).asString()).isEqualTo("TRAINER");
        assertThat(me.path("permissions").toString())
                .contains("training:author")
                .doesNotContain("users:write");
        api.post("/api/v1/users", Map.of("email", person.email().toUpperCase(), "name", "Dup", "roles", List.of()))
                .bearer(owner())
                .send()
                .expectProblem(409);
    }

    @Test
    void searchFiltersByTextRoleAndTeamWithPaging() {
        var alice = fixtures.person(org, "MANAGER");
        api.put("/api/v1/users/" + alice.id(), Map.of("name", "Alice Zebra"))
                .bearer(owner())
                .send()
                .expect(200);
        fixtures.person(org, "LEARNER");
        fixtures.person(org, "LEARNER");
        String team = api.post("/api/v1/teams", Map.of("name", "Sales"))
                .bearer(owner())
                .send()
                .expect(201)
                .field("id");
        api.put(
                        "/api/v1/teams/" + team + "/members",
                        Map.of("members", List.of(Map.of("userId", alice.id(), "lead", true))))
                .bearer(owner())
                .send()
                .expect(200);

        assertThat(ids(api.get("/api/v1/users?q=zebr")
                        .bearer(owner())
                        .send()
                        .expect(200)
                        .body()))
                .containsExactly(alice.id().toString());
        assertThat(api.get("/api/v1/users?role=LEARNER")
                        .bearer(owner())
                        .send()
                        .body()
                        .path("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(ids(api.get("/api/v1/users?team=" + team)
                        .bearer(owner())
                        .send()
                        .body()))
                .containsExactly(alice.id().toString());
        var page = api.get("/api/v1/users?size=2&page=1")
                .bearer(owner())
                .send()
                .expect(200)
                .body();
        assertThat(page.path("total").asInt()).isEqualTo(4);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        var teams = api.get("/api/v1/users/" + alice.id())
                .bearer(owner())
                .send()
                .body()
                .path("teams");
        assertThat(teams.get(0).path("name").asString()).isEqualTo("Sales");
        assertThat(teams.get(0).path("lead").asBoolean()).isTrue();
    }

    @Test
    void roleChangesApplyToTheNextRequestAndAreAudited() {
        var person = fixtures.person(org, "LEARNER");
        api.get("/api/v1/users").bearer(person.session().accessToken()).send().expectProblem(403);
        var roles = api.put("/api/v1/users/" + person.id() + "/roles", Map.of("roles", List.of("ADMIN")))
                .bearer(owner())
                .send()
                .expect(200)
                .body();
        assertThat(roles.path("roles").get(0).asString()).isEqualTo("ADMIN");
        api.get("/api/v1/users").bearer(person.session().accessToken()).send().expect(200);
        var check = api.get("/api/v1/users/" + person.id() + "/roles")
                .bearer(owner())
                .send()
                .expect(200)
                .body();
        assertThat(check.path("permissions").toString()).contains("users:write");

        JsonNode entry = awaitAudit("user.roles.changed");
        assertThat(entry.path("actorId").asString()).isEqualTo(org.ownerId().toString());
        assertThat(entry.path("targetId").asString()).isEqualTo(person.id().toString());
        assertThat(entry.path("details").path("before").get(0).asString()).isEqualTo("LEARNER");
        assertThat(entry.path("details").path("after").get(0).asString()).isEqualTo("ADMIN");
        assertThat(entry.path("ip").asString()).isNotBlank();
    }

    @Test
    void readsReflectEveryKindOfChangeImmediately() {
        var person = fixtures.person(org, "LEARNER");
        String path = "/api/v1/users/" + person.id();
        assertThat(api.get(path).bearer(owner()).send().expect(200).field("name"))
                .startsWith("Pat");
        api.get("/api/v1/users/me")
                .bearer(person.session().accessToken())
                .send()
                .expect(200);

        api.put(path, Map.of("name", "Renamed Person")).bearer(owner()).send().expect(200);
        assertThat(api.get(path).bearer(owner()).send().field("name")).isEqualTo("Renamed Person");

        api.put(path + "/roles", Map.of("roles", List.of("TRAINER")))
                .bearer(owner())
                .send()
                .expect(200);
        assertThat(api.get("/api/v1/users/me")
                        .bearer(person.session().accessToken())
                        .send()
                        .body()
                        .path("roles")
                        .get(0)
                        .asString())
                .isEqualTo("TRAINER");

        String team = api.post("/api/v1/teams", Map.of("name", "Readers"))
                .bearer(owner())
                .send()
                .expect(201)
                .field("id");
        api.put(
                        "/api/v1/teams/" + team + "/members",
                        Map.of("members", List.of(Map.of("userId", person.id(), "lead", false))))
                .bearer(owner())
                .send()
                .expect(200);
        assertThat(api.get(path)
                        .bearer(owner())
                        .send()
                        .body()
                        .path("teams")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("Readers");
        api.put("/api/v1/teams/" + team, Map.of("name", "Writers"))
                .bearer(owner())
                .send()
                .expect(200);
        assertThat(api.get(path)
                        .bearer(owner())
                        .send()
                        .body()
                        .path("teams")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("Writers");

        String role = api.post("/api/v1/roles", Map.of("name", "Scribe", "permissions", List.of("kb:write")))
                .bearer(owner())
                .send()
                .expect(201)
                .field("id");
        api.put(path + "/roles", Map.of("roles", List.of("Scribe")))
                .bearer(owner())
                .send()
                .expect(200);
        api.get(path).bearer(owner()).send().expect(200);
        api.put("/api/v1/roles/" + role, Map.of("name", "Senior Scribe", "permissions", List.of("kb:write", "kb:read")))
                .bearer(owner())
                .send()
                .expect(200);
        var view = api.get(path).bearer(owner()).send().body();
        assertThat(view.path("roles").get(0).asString()).isEqualTo("Senior Scribe");
        assertThat(view.path("permissions").toString()).contains("kb:read");

        api.delete(path).bearer(owner()).send().expect(204);
        assertThat(api.get(path).bearer(owner()).send().field("status")).isEqualTo("deactivated");
    }

    @Test
    void theLastOwnerCannotBeRemovedAndOnlyOwnersGrantOwnership() {
        api.put("/api/v1/users/" + org.ownerId() + "/roles", Map.of("roles", List.of("ADMIN")))
                .bearer(owner())
                .send()
                .expectProblem(409);
        api.delete("/api/v1/users/" + org.ownerId()).bearer(owner()).send().expectProblem(409);

        var admin = fixtures.person(org, "ADMIN");
        var learner = fixtures.person(org, "LEARNER");
        api.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("OWNER")))
                .bearer(admin.session().accessToken())
                .send()
                .expectProblem(403);

        api.put("/api/v1/users/" + admin.id() + "/roles", Map.of("roles", List.of("OWNER")))
                .bearer(owner())
                .send()
                .expect(200);
        api.put("/api/v1/users/" + org.ownerId() + "/roles", Map.of("roles", List.of("ADMIN")))
                .bearer(owner())
                .send()
                .expect(200);
        assertThat(api.get("/api/v1/users/me")
                        .bearer(admin.session().accessToken())
                        .send()
                        .body()
                        .path("roles")
                        .get(0)
                        .asString())
                .isEqualTo("OWNER");
    }

    @Test
    void deactivationEndsAccessAtOnceButKeepsTheData() {
        var person = fixtures.person(org, "LEARNER");
        api.get("/api/v1/users/me")
                .bearer(person.session().accessToken())
                .send()
                .expect(200);
        api.delete("/api/v1/users/" + person.id()).bearer(owner()).send().expect(204);
        api.get("/api/v1/users/me")
                .bearer(person.session().accessToken())
                .send()
                .expectProblem(401);
        api.post("/api/v1/auth/login", Map.of("email", person.email(), "password", Fixtures.PASSWORD))
                .send()
                .expectProblem(401);
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", person.session().refreshToken()))
                .send()
                .expectProblem(401);
        var kept =
                api.get("/api/v1/users/" + person.id()).bearer(owner()).send().expect(200);
        assertThat(kept.field("status")).isEqualTo("deactivated");
        assertThat(kept.field("email")).isEqualTo(person.email());

        api.put("/api/v1/users/" + person.id(), Map.of("status", "ACTIVE"))
                .bearer(owner())
                .send()
                .expect(200);
        fixtures.login(person.email(), Fixtures.PASSWORD);
    }

    @Test
    void statusChangesNeedUsersAdmin() {
        api.post("/api/v1/roles", Map.of("name", "Editors", "permissions", List.of("users:read", "users:write")))
                .bearer(owner())
                .send()
                .expect(201);
        var editor = fixtures.person(org, "Editors");
        var person = fixtures.person(org, "LEARNER");
        api.put("/api/v1/users/" + person.id(), Map.of("name", "Renamed"))
                .bearer(editor.session().accessToken())
                .send()
                .expect(200);
        api.put("/api/v1/users/" + person.id(), Map.of("status", "DEACTIVATED"))
                .bearer(editor.session().accessToken())
                .send()
                .expectProblem(403);
    }

    @Test
    void profilePreferencesMetadataAndPasswordChange() {
        var person = fixtures.person(org, "LEARNER");
        String token = person.session().accessToken();
        var me = api.put("/api/v1/users/me", Map.of("name", "New Name", "preferences", Map.of("theme", "dark")))
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(me.path("name").asString()).isEqualTo("New Name");
        assertThat(me.path("preferences").path("theme").asString()).isEqualTo("dark");
        JsonNode profileEntry = awaitAudit("user.profile.updated");
        assertThat(profileEntry.path("targetName").asString()).isEqualTo(person.email());
        assertThat(profileEntry.path("details").path("name").path("to").asString())
                .isEqualTo("New Name");
        var updated = api.put("/api/v1/users/" + person.id(), Map.of("metadata", Map.of("employeeId", "E-42")))
                .bearer(owner())
                .send()
                .expect(200)
                .body();
        assertThat(updated.path("metadata").path("employeeId").asString()).isEqualTo("E-42");

        api.post(
                        "/api/v1/users/me/password",
                        Map.of("currentPassword", "wrong-password-1", "newPassword", "granite-lantern-drifts-77"))
                .bearer(token)
                .send()
                .expectProblem(422);
        api.post(
                        "/api/v1/users/me/password",
                        Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "granite-lantern-drifts-77"))
                .bearer(token)
                .send()
                .expect(204);
        fixtures.login(person.email(), "granite-lantern-drifts-77");
    }

    private JsonNode awaitAudit(String action) {
        return awaitAuditEntry(owner(), action);
    }

    private String owner() {
        return org.owner().accessToken();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items")
                .valueStream()
                .map(u -> u.path("id").asString())
                .toList();
    }
}
