package com.aigentforce.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input always gets a 4xx problem response that says what is wrong, and changes nothing. */
class BadInputTest extends ApiTestSupport {

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void malformedJsonIs400() {
        var response = api.post("/api/v1/users", "{\"email\": \"a@b.test\", ")
                .bearer(token())
                .send()
                .expectProblem(400);
        assertThat(response.body().path("detail").asString()).contains("not valid JSON");
    }

    @Test
    void emptyBodyIs400() {
        api.post("/api/v1/teams", "").bearer(token()).send().expectProblem(400);
    }

    @Test
    void wrongTypeNamesTheField() {
        var response = api.post("/api/v1/users", Map.of("email", "a@b.test", "name", "A", "roles", "LEARNER"))
                .bearer(token())
                .send()
                .expectProblem(400);
        assertThat(response.body().path("errors").get(0).path("field").asString())
                .isEqualTo("roles");
        assertThat(response.body().path("errors").get(0).path("message").asString())
                .isEqualTo("Roles has a wrong type or unknown value.");
    }

    @Test
    void unknownEnumValueNamesTheField() {
        var person = fixtures.person(org, "LEARNER");
        var response = api.put("/api/v1/users/" + person.id(), Map.of("status", "superuser"))
                .bearer(token())
                .send()
                .expectProblem(400);
        assertThat(response.body().path("errors").get(0).path("field").asString())
                .isEqualTo("status");
    }

    @Test
    void missingAndInvalidFieldsAreListedOneByOne() {
        var response = api.post("/api/v1/users", Map.of("email", "not-an-email"))
                .bearer(token())
                .send()
                .expectProblem(422);
        List<String> fields = response.body()
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString())
                .toList();
        assertThat(fields).containsExactlyInAnyOrder("email", "name", "roles");
        // Bean Validation's fragments ("must not be blank") are read as sentences with the field as subject
        assertThat(response.body()
                        .path("errors")
                        .valueStream()
                        .map(e -> e.path("message").asString()))
                .allSatisfy(message -> assertThat(message).matches("^(Email|Name|Roles) [a-z].*\\.$"));
    }

    @Test
    void weakPasswordsAreRefusedWithTheReasonInAFullSentence() {
        Map<String, String> reasons = Map.of(
                "short", "Password must be at least 12 characters.",
                "password1234567", "This password is too common; choose a longer or less predictable one.",
                "abbott-costello-99", "This password must not contain your name.");
        reasons.forEach((weak, reason) -> {
            var response = api.post(
                            "/api/v1/auth/register",
                            Map.of(
                                    "organizationName",
                                    "Org",
                                    "name",
                                    "Bud Abbott",
                                    "email",
                                    Fixtures.unique("w") + "@example.test",
                                    "password",
                                    weak))
                    .send()
                    .expectProblem(422);
            assertThat(response.body().path("errors").get(0).path("message").asString())
                    .isEqualTo(reason);
        });
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        for (String weak : List.of("short", "password1234567", "aaaaaaaaaaaaaaaa", "qwerty123456789!")) {
            var response = api.post(
                            "/api/v1/auth/register",
                            Map.of(
                                    "organizationName",
                                    "Org",
                                    "name",
                                    "A B",
                                    "email",
                                    Fixtures.unique("w") + "@example.test",
                                    "password",
                                    weak))
                    .send()
                    .expectProblem(422);
            assertThat(response.body().path("errors").get(0).path("field").asString())
                    .isEqualTo("password");
        }
        var tooLong = api.post(
                        "/api/v1/auth/register",
                        Map.of(
                                "organizationName",
                                "Org",
                                "name",
                                "A B",
                                "email",
                                Fixtures.unique("w") + "@example.test",
                                "password",
                                "x".repeat(129)))
                .send()
                .expectProblem(422);
        assertThat(tooLong.body().path("errors").get(0).path("field").asString())
                .isEqualTo("password");
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        api.post("/api/v1/teams", huge).bearer(token()).send().expectProblem(413);
    }

    @Test
    void wrongContentTypeIs415() {
        api.post("/api/v1/teams", "name=x")
                .contentType("text/plain")
                .bearer(token())
                .send()
                .expectProblem(415);
    }

    @Test
    void wrongMethodIs405() {
        api.method("PATCH", "/api/v1/teams", Map.of()).bearer(token()).send().expectProblem(405);
        api.put("/api/v1/auth/login", Map.of()).send().expectProblem(405);
    }

    @Test
    void unknownApiPathIs404Problem() {
        api.get("/api/v1/does-not-exist").bearer(token()).send().expectProblem(404);
    }

    @Test
    void malformedIdIsAClientError() {
        var response = api.get("/api/v1/users/not-a-uuid").bearer(token()).send();
        assertThat(response.status()).isBetween(400, 499);
        response.expectProblem(response.status());
    }

    @Test
    void outOfRangePagingIs422() {
        api.get("/api/v1/users?size=1000").bearer(token()).send().expectProblem(422);
        api.get("/api/v1/users?page=-1").bearer(token()).send().expectProblem(422);
    }

    @Test
    void unknownRoleAndPermissionAreValidationErrors() {
        var role = api.post(
                        "/api/v1/users",
                        Map.of("email", Fixtures.unique("u") + "@x.test", "name", "U", "roles", List.of("WIZARD")))
                .bearer(token())
                .send()
                .expectProblem(422);
        assertThat(role.body().path("errors").get(0).path("message").asString())
                .isEqualTo("There is no role 'WIZARD'.");
        var permission = api.post("/api/v1/roles", Map.of("name", "Wizards", "permissions", List.of("magic:cast")))
                .bearer(token())
                .send()
                .expectProblem(422);
        assertThat(permission.body().path("errors").get(0).path("message").asString())
                .isEqualTo("There is no permission 'magic:cast'.");
    }

    @Test
    void rejectedRequestsChangeNothing() {
        long before = total();
        api.post("/api/v1/users", Map.of("email", "broken"))
                .bearer(token())
                .send()
                .expectProblem(422);
        api.post("/api/v1/users", "{").bearer(token()).send().expectProblem(400);
        assertThat(total()).isEqualTo(before);
        api.get("/api/v1/users/" + UUID.randomUUID()).bearer(token()).send().expectProblem(404);
    }

    @Test
    void badApiKeyAndMfaRequestsAreClientErrors() {
        for (Object body : List.of(
                Map.of("name", "k"),
                Map.of("name", "", "permissions", List.of("kb:read")),
                Map.of("name", "k", "permissions", List.of()),
                Map.of("name", "k", "permissions", List.of("NOT A PERMISSION")),
                Map.of("name", "x".repeat(101), "permissions", List.of("kb:read")))) {
            api.post("/api/v1/api-keys", body).bearer(token()).send().expectProblem(422);
        }
        api.post("/api/v1/api-keys", Map.of("name", "k", "permissions", List.of("kb:read"), "expiresAt", "tomorrow"))
                .bearer(token())
                .send()
                .expectProblem(400);
        api.post("/api/v1/api-keys", Map.of("name", "k", "permissions", "kb:read"))
                .bearer(token())
                .send()
                .expectProblem(400);
        api.delete("/api/v1/api-keys/not-a-uuid").bearer(token()).send().expectProblem(422);
        api.get("/api/v1/api-keys?size=1000").bearer(token()).send().expectProblem(422);
        api.post("/api/v1/auth/mfa/verify", Map.of("mfaToken", "x")).send().expectProblem(422);
        api.post("/api/v1/auth/mfa/verify", "{").send().expectProblem(400);
        api.post("/api/v1/auth/mfa/verify", Map.of("mfaToken", "x", "code", "123456"))
                .send()
                .expectProblem(401);
        api.post("/api/v1/auth/mfa/enrollment", Map.of()).send().expectProblem(422);
        api.post("/api/v1/auth/mfa/totp/confirm", Map.of("code", "123456"))
                .bearer(token())
                .send()
                .expectProblem(409); // nothing to confirm
        api.put("/api/v1/auth/mfa/policy", Map.of("requiredRoles", "x"))
                .bearer(token())
                .send()
                .expectProblem(400);
        api.put("/api/v1/auth/mfa/policy", Map.of("requiredRoles", List.of(UUID.randomUUID())))
                .bearer(token())
                .send()
                .expectProblem(422);
        api.method("DELETE", "/api/v1/auth/mfa/totp", Map.of("password", "x"))
                .bearer(token())
                .send()
                .expectProblem(409); // not on
    }

    private long total() {
        return api.get("/api/v1/users")
                .bearer(token())
                .send()
                .expect(200)
                .body()
                .path("total")
                .asLong();
    }

    private String token() {
        return org.owner().accessToken();
    }
}
