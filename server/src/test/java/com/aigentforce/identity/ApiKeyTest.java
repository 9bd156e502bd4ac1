package com.aigentforce.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** API keys: scoped to a subset of the creator's permissions, hashed, tenant-bound, revocable at once. */
class ApiKeyTest extends ApiTestSupport {

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void aKeyWithUsersReadListsPeopleAndOneWithoutItGets403() {
        String reader = create(org.owner().accessToken(), List.of("users:read")).field("key");
        String other = create(org.owner().accessToken(), List.of("kb:read")).field("key");
        assertThat(reader).startsWith("afk_").hasSizeGreaterThanOrEqualTo(4 + 43);
        api.get("/api/v1/users").bearer(reader).send().expect(200);
        api.get("/api/v1/users").bearer(other).send().expectProblem(403);
    }

    @Test
    void theXApiKeyHeaderAuthenticatesToo() {
        String key = create(org.owner().accessToken(), List.of("users:read")).field("key");
        var people = api.get("/api/v1/users").header("X-API-Key", key).send().expect(200);
        assertThat(people.body().path("items").get(0).path("email").asString()).isEqualTo(org.ownerEmail());
        api.get("/api/v1/users").header("X-API-Key", key + "x").send().expectProblem(401);
        api.get("/api/v1/users").bearer("afk_not-a-real-key").send().expectProblem(401);
    }

    @Test
    void aKeyCannotCarryPermissionsItsCreatorLacks() {
        api.post("/api/v1/roles", Map.of("name", "Integrator", "permissions", List.of("apikeys:manage", "kb:read")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201);
        var integrator = fixtures.person(org, "Integrator");
        var refused = api.post(
                        "/api/v1/api-keys",
                        Map.of("name", "too much", "permissions", List.of("kb:read", "users:read", "users:write")))
                .bearer(integrator.session().accessToken())
                .send()
                .expectProblem(403);
        assertThat(refused.body().path("missing").toString()).contains("users:read", "users:write");
        assertThat(refused.body().path("missing").toString()).doesNotContain("kb:read");
        create(integrator.session().accessToken(), List.of("kb:read", "profile:read"));
    }

    @Test
    void anAdminsKeyCannotCarryTheOwnersPermissionsAndTheRefusalIsAudited() {
        var admin = fixtures.person(org, "ADMIN");
        var refused = api.post(
                        "/api/v1/api-keys",
                        Map.of("name", "billing bot", "permissions", List.of("billing:manage", "billing:read")))
                .bearer(admin.session().accessToken())
                .send()
                .expectProblem(403);
        assertThat(refused.body().path("missing").toString())
                .contains("billing:manage")
                .doesNotContain("billing:read");
        var entry = awaitAuditEntry(org.owner().accessToken(), "apikey.create.denied");
        assertThat(entry.path("actorId").asString()).isEqualTo(admin.id().toString());
        assertThat(entry.path("details").path("missingPermissions").toString()).contains("billing:manage");
        assertThat(api.get("/api/v1/api-keys")
                        .bearer(org.owner().accessToken())
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
    }

    @Test
    void aKeyActsWithTheCreatorsCurrentPermissionsAndDiesWithTheCreatorsAccount() {
        var admin = fixtures.person(org, "ADMIN");
        String key =
                create(admin.session().accessToken(), List.of("users:read")).field("key");
        api.get("/api/v1/users").bearer(key).send().expect(200);

        api.put("/api/v1/users/" + admin.id() + "/roles", Map.of("roles", List.of("LEARNER")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
        api.get("/api/v1/users").bearer(key).send().expectProblem(403);

        api.put("/api/v1/users/" + admin.id() + "/roles", Map.of("roles", List.of("ADMIN")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
        api.get("/api/v1/users").bearer(key).send().expect(200);
        api.delete("/api/v1/users/" + admin.id())
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        api.get("/api/v1/users").bearer(key).send().expectProblem(401);
    }

    @Test
    void revocationTakesEffectAtOnce() {
        var created = create(org.owner().accessToken(), List.of("users:read"));
        String key = created.field("key");
        api.get("/api/v1/users").bearer(key).send().expect(200);
        api.delete("/api/v1/api-keys/" + created.field("id"))
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        api.get("/api/v1/users").bearer(key).send().expectProblem(401);
        api.get("/api/v1/users").header("X-API-Key", key).send().expectProblem(401);
        awaitAuditEntry(org.owner().accessToken(), "apikey.revoked");
    }

    @Test
    void anExpiredKeyStopsWorking() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "short-lived");
        body.put("permissions", List.of("users:read"));
        body.put("expiresAt", Instant.now().plusSeconds(3).toString());
        String key = api.post("/api/v1/api-keys", body)
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("key");
        api.get("/api/v1/users").bearer(key).send().expect(200);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> api.get("/api/v1/users").bearer(key).send().status() == 401);
        body.put("expiresAt", Instant.now().minusSeconds(60).toString());
        api.post("/api/v1/api-keys", body)
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(422);
    }

    @Test
    void aKeySeesNothingOfAnotherOrganisation() {
        var victim = fixtures.organisation();
        var victimPerson = fixtures.person(victim, "LEARNER");
        String key = create(org.owner().accessToken(), List.of("users:read", "users:write", "apikeys:manage"))
                .field("key");
        api.get("/api/v1/users/" + victimPerson.id()).bearer(key).send().expectProblem(404);
        var people = api.get("/api/v1/users").bearer(key).send().expect(200).body();
        assertThat(people.path("total").asInt()).isEqualTo(1);
        api.delete("/api/v1/users/" + victimPerson.id()).bearer(key).send().expectProblem(404);
        var victimKey = create(victim.owner().accessToken(), List.of("users:read"));
        api.delete("/api/v1/api-keys/" + victimKey.field("id"))
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(404);
        api.get("/api/v1/users").bearer(victimKey.field("key")).send().expect(200);
    }

    @Test
    void keysCannotManageKeysOrMfaOrSignOut() {
        String key = create(org.owner().accessToken(), List.of("apikeys:manage", "profile:read", "profile:write"))
                .field("key");
        api.post("/api/v1/api-keys", Map.of("name", "child", "permissions", List.of("profile:read")))
                .bearer(key)
                .send()
                .expectProblem(403);
        api.get("/api/v1/api-keys").bearer(key).send().expectProblem(403);
        api.post("/api/v1/auth/mfa/totp/enroll", Map.of()).bearer(key).send().expectProblem(403);
        api.get("/api/v1/auth/mfa").bearer(key).send().expectProblem(403);
        api.post("/api/v1/auth/logout", null).bearer(key).send().expectProblem(403);
    }

    @Test
    void theListShowsNoSecretsButWhenAKeyWasLastUsed() {
        var created = create(org.owner().accessToken(), List.of("users:read"));
        api.get("/api/v1/users").bearer(created.field("key")).send().expect(200);
        var list = api.get("/api/v1/api-keys")
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
        assertThat(list.text()).doesNotContain(created.field("key"));
        var item = list.body().path("items").get(0);
        assertThat(item.path("id").asString()).isEqualTo(created.field("id"));
        assertThat(item.path("prefix").asString()).isEqualTo(created.field("prefix"));
        assertThat(created.field("key")).startsWith(item.path("prefix").asString());
        assertThat(item.path("createdBy").asString()).isEqualTo(org.ownerId().toString());
        assertThat(item.path("lastUsedAt").isNull()).isFalse();
        assertThat(item.path("revokedAt").isNull()).isTrue();
        assertThat(list.body().path("total").asInt()).isEqualTo(1);
        awaitAuditEntry(org.owner().accessToken(), "apikey.created");
    }

    private Api.Response create(String token, List<String> permissions) {
        return api.post("/api/v1/api-keys", Map.of("name", Fixtures.unique("key"), "permissions", permissions))
                .bearer(token)
                .send()
                .expect(201);
    }
}
