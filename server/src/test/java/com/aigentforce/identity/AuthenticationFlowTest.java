package com.aigentforce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticationFlowTest extends ApiTestSupport {

    @Test
    void registeredOwnerSignsInAndSeesTheirProfile() {
        var org = fixtures.organisation();
        var me = api.get("/api/v1/users/me")
                .bearer(org.owner().accessToken())
                .send()
                .expect(200)
                .body();
        assertThat(me.path("email").asString()).isEqualTo(org.ownerEmail());
        assertThat(me.path("roles").get(0).asString()).isEqualTo("OWNER");
        assertThat(me.path("subscriptionTier").asString()).isEqualTo("free");
        assertThat(me.path("status").asString()).isEqualTo("active");
        assertThat(me.path("lastLoginAt").isNull()).isFalse();
        assertThat(me.has("permissions")
                        && me.has("metadata")
                        && me.has("createdAt")
                        && me.has("updatedAt")
                        && me.has("teams")
                        && me.has("preferences"))
                .isTrue();
    }

    @Test
    void loginAnswersTheTokenContract() {
        var org = fixtures.organisation();
        var body = api.post("/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", Fixtures.PASSWORD))
                .send()
                .expect(200)
                .body();
        assertThat(body.path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.path("expiresIn").asInt()).isBetween(1, 900);
        assertThat(body.path("accessToken").asString()).contains(".");
        assertThat(body.path("refreshToken").asString()).startsWith("afr_");
    }

    @Test
    void unknownEmailAndWrongPasswordGiveTheSameAnswer() {
        var org = fixtures.organisation();
        var wrongPassword = api.post(
                        "/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", "not-the-right-password"))
                .send()
                .expectProblem(401);
        var unknownEmail = api.post(
                        "/api/v1/auth/login",
                        Map.of(
                                "email",
                                Fixtures.unique("nobody") + "@example.test",
                                "password",
                                "not-the-right-password"))
                .send()
                .expectProblem(401);
        assertThat(unknownEmail.body().path("detail"))
                .isEqualTo(wrongPassword.body().path("detail"));
        assertThat(unknownEmail.body().path("type"))
                .isEqualTo(wrongPassword.body().path("type"));
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() {
        var org = fixtures.organisation();
        String first = org.owner().refreshToken();
        var rotated = api.post("/api/v1/auth/refresh", Map.of("refreshToken", first))
                .send()
                .expect(200);
        String second = rotated.field("refreshToken");
        String access = rotated.field("accessToken");
        assertThat(second).isNotEqualTo(first);
        api.get("/api/v1/users/me").bearer(access).send().expect(200);

        api.post("/api/v1/auth/refresh", Map.of("refreshToken", first)).send().expectProblem(401);

        // the reuse revoked the family: the newer refresh token and every access token of the session are dead
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", second)).send().expectProblem(401);
        api.get("/api/v1/users/me").bearer(access).send().expectProblem(401);
        api.get("/api/v1/users/me").bearer(org.owner().accessToken()).send().expectProblem(401);
    }

    @Test
    void concurrentSignInsAndRefreshesOfOnePersonNeverFail() throws Exception {
        var org = fixtures.organisation();
        var sessions = new java.util.ArrayList<Fixtures.Session>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var logins = new java.util.ArrayList<java.util.concurrent.Future<Api.Response>>();
            for (int i = 0; i < 8; i++) {
                logins.add(pool.submit(() -> api.post(
                                "/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", Fixtures.PASSWORD))
                        .send()));
            }
            for (var login : logins) {
                var response = login.get().expect(200);
                sessions.add(new Fixtures.Session(response.field("accessToken"), response.field("refreshToken")));
            }
            var refreshes = new java.util.ArrayList<java.util.concurrent.Future<Api.Response>>();
            for (var session : sessions) {
                refreshes.add(pool.submit(
                        () -> api.post("/api/v1/auth/refresh", Map.of("refreshToken", session.refreshToken()))
                                .send()));
            }
            for (var refresh : refreshes) {
                refresh.get().expect(200);
            }
        }
    }

    @Test
    void theSameRefreshTokenPresentedTwiceAtOnceIsTreatedAsReuse() throws Exception {
        var org = fixtures.organisation();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> api.post(
                            "/api/v1/auth/refresh",
                            Map.of("refreshToken", org.owner().refreshToken()))
                    .send());
            var b = pool.submit(() -> api.post(
                            "/api/v1/auth/refresh",
                            Map.of("refreshToken", org.owner().refreshToken()))
                    .send());
            var statuses = java.util.List.of(a.get().status(), b.get().status());
            assertThat(statuses).contains(401);
        }
        api.get("/api/v1/users/me").bearer(org.owner().accessToken()).send().expectProblem(401);
    }

    @Test
    void aStaleAuthorizationHeaderDoesNotBlockSignInOrRefresh() {
        var org = fixtures.organisation();
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", org.owner().refreshToken()))
                .bearer("expired.or.garbage")
                .send()
                .expect(200);
        api.post("/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", Fixtures.PASSWORD))
                .bearer("expired.or.garbage")
                .send()
                .expect(200);
    }

    @Test
    void logoutKillsTheAccessTokenAtOnceAndTheRefreshToken() {
        var org = fixtures.organisation();
        api.get("/api/v1/users/me").bearer(org.owner().accessToken()).send().expect(200);
        api.post("/api/v1/auth/logout", null)
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        api.get("/api/v1/users/me").bearer(org.owner().accessToken()).send().expectProblem(401);
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", org.owner().refreshToken()))
                .send()
                .expectProblem(401);
    }

    @Test
    void logoutOfOneSessionLeavesOtherSessionsAlive() {
        var org = fixtures.organisation();
        var other = fixtures.login(org.ownerEmail(), Fixtures.PASSWORD);
        api.post("/api/v1/auth/logout", null)
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        api.get("/api/v1/users/me").bearer(other.accessToken()).send().expect(200);
    }

    @Test
    void repeatedFailuresLockTheAccountWithRetryAfterWithoutRevealingIt() {
        String unknown = Fixtures.unique("ghost") + "@example.test";
        var org = fixtures.organisation();
        for (String email : new String[] {unknown, org.ownerEmail()}) {
            int status = 0;
            Api.Response last = null;
            for (int i = 0; i < 8 && status != 429; i++) {
                last = api.post("/api/v1/auth/login", Map.of("email", email, "password", "wrong-password-123"))
                        .send();
                status = last.status();
            }
            last.expectProblem(429);
            assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        }
        // while locked even the right password is refused
        api.post("/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", Fixtures.PASSWORD))
                .send()
                .expectProblem(429);
    }

    @Test
    void sameEmailInTwoOrganisationsNeedsTheTenantOnlyWhenBothPasswordsMatch() {
        var first = fixtures.organisation();
        String email = first.ownerEmail();
        var second = api.post(
                        "/api/v1/auth/register",
                        Map.of(
                                "organizationName",
                                Fixtures.unique("Second"),
                                "name",
                                "Olivia Owner",
                                "email",
                                email,
                                "password",
                                Fixtures.PASSWORD))
                .send()
                .expect(201);

        api.post("/api/v1/auth/login", Map.of("email", email, "password", Fixtures.PASSWORD))
                .send()
                .expectProblem(409)
                .body()
                .path("type")
                .asString()
                .endsWith("tenant-required");

        var bySlug = api.post(
                        "/api/v1/auth/login",
                        Map.of("email", email, "password", Fixtures.PASSWORD, "tenant", second.field("tenantSlug")))
                .send()
                .expect(200);
        var me = api.get("/api/v1/users/me")
                .bearer(bySlug.field("accessToken"))
                .send()
                .expect(200);
        assertThat(me.field("id")).isEqualTo(second.field("userId"));

        var byId = api.post(
                        "/api/v1/auth/login",
                        Map.of(
                                "email",
                                email,
                                "password",
                                Fixtures.PASSWORD,
                                "tenant",
                                first.tenantId().toString()))
                .send()
                .expect(200);
        assertThat(api.get("/api/v1/users/me")
                        .bearer(byId.field("accessToken"))
                        .send()
                        .field("id"))
                .isEqualTo(first.ownerId().toString());
    }

    @Test
    void webClientsGetTheRefreshTokenOnlyAsAStrictHttpOnlyCookieGuardedAgainstCsrf() {
        var org = fixtures.organisation();
        var login = api.post("/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", Fixtures.PASSWORD))
                .header("X-Auth-Mode", "cookie")
                .send()
                .expect(200);
        assertThat(login.body().has("refreshToken")).isFalse();
        String refreshCookie = cookie(login, "AF_REFRESH");
        String xsrf = cookie(login, "XSRF-TOKEN");
        assertThat(login.headers("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("AF_REFRESH=")
                        .contains("HttpOnly")
                        .contains("SameSite=Strict")
                        .contains("Path=/api/v1/auth"));

        // without the double-submit header the cookie is not honoured
        api.post("/api/v1/auth/refresh", null)
                .header("Cookie", "AF_REFRESH=" + refreshCookie + "; XSRF-TOKEN=" + xsrf)
                .send()
                .expectProblem(403);
        api.post("/api/v1/auth/refresh", null)
                .header("Cookie", "AF_REFRESH=" + refreshCookie + "; XSRF-TOKEN=" + xsrf)
                .header("X-XSRF-TOKEN", "forged")
                .send()
                .expectProblem(403);

        var refreshed = api.post("/api/v1/auth/refresh", null)
                .header("Cookie", "AF_REFRESH=" + refreshCookie + "; XSRF-TOKEN=" + xsrf)
                .header("X-XSRF-TOKEN", xsrf)
                .header("X-Auth-Mode", "cookie")
                .send()
                .expect(200);
        assertThat(refreshed.field("accessToken")).isNotBlank();
        assertThat(cookie(refreshed, "AF_REFRESH")).isNotEqualTo(refreshCookie);
    }

    @Test
    void invitedPersonAcceptsWithAPasswordAndSignsIn() {
        var org = fixtures.organisation();
        String email = Fixtures.unique("invitee") + "@example.test";
        var created = api.post(
                        "/api/v1/users",
                        Map.of("email", email, "name", "Ivy Invitee", "roles", java.util.List.of("LEARNER")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201);
        assertThat(created.field("status")).isEqualTo("invited");
        String token = created.body().path("invitation").path("token").asString();
        assertThat(created.body().path("invitation").path("url").asString())
                .isEqualTo("http://localhost:" + port + "/accept-invite?token=" + token);

        var info = api.get("/api/v1/auth/invitations/" + token).send().expect(200);
        assertThat(info.field("email")).isEqualTo(email);

        api.post("/api/v1/auth/invitations/accept", Map.of("token", token, "password", "short"))
                .send()
                .expectProblem(422);
        api.post("/api/v1/auth/invitations/accept", Map.of("token", token, "password", Fixtures.PASSWORD))
                .send()
                .expect(200);
        api.post("/api/v1/auth/invitations/accept", Map.of("token", token, "password", Fixtures.PASSWORD))
                .send()
                .expectProblem(404);
        var session = fixtures.login(email, Fixtures.PASSWORD);
        assertThat(api.get("/api/v1/users/me")
                        .bearer(session.accessToken())
                        .send()
                        .field("status"))
                .isEqualTo("active");
    }

    private static String cookie(Api.Response response, String name) {
        return response.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }
}
