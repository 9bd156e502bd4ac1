package com.aigentforce.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lost invitation or password is not a dead end: an admin sends a new invitation (the old link dies) or a one-time
 * reset link (shown when no mail server is configured, as in tests); anyone may ask for a reset by email and learns
 * nothing about whether the address exists; an invited person's status cannot be forced to active.
 */
class AccountRecoveryTest extends ApiTestSupport {

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void aNewInvitationLinkKillsTheOldOneAndUsesTheAddressTheAdminCameBy() {
        JsonNode invited = invite();
        String firstToken = invited.path("invitation").path("token").asString();
        // reached by another address than localhost: the link follows the address the admin used
        JsonNode again = reinviteVia("127.0.0.1", invited.path("id").asString());
        assertThat(again.path("delivery").asString()).isEqualTo("link");
        assertThat(again.path("linkBase").asString()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(again.path("linkBaseFromSetting").asBoolean()).isFalse();
        String url = again.path("url").asString();
        assertThat(url).startsWith("http://127.0.0.1:" + port + "/accept-invite?token=");
        String newToken = URI.create(url).getQuery().substring("token=".length());
        assertThat(newToken).isNotEqualTo(firstToken);

        api.get("/api/v1/auth/invitations/" + firstToken).send().expectProblem(404);
        api.get("/api/v1/auth/invitations/" + newToken).send().expect(200);
        // X-Forwarded-* are not trusted unless the forward-headers setting says so (it does not in tests)
        var forwarded = api.post("/api/v1/users/" + invited.path("id").asString() + "/invitation", Map.of())
                .bearer(org.owner().accessToken())
                .header("X-Forwarded-Host", "evil.example.test")
                .send()
                .expect(200)
                .body();
        assertThat(forwarded.path("linkBase").asString()).doesNotContain("evil");
        awaitAuditEntry(org.owner().accessToken(), "user.invitation.reissued");
    }

    @Test
    void onlyInvitedPeopleOfTheOwnOrganisationGetANewInvitation() {
        var active = fixtures.person(org, "LEARNER");
        api.post("/api/v1/users/" + active.id() + "/invitation", Map.of())
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(409);
        JsonNode invited = invite();
        Fixtures.Org other = fixtures.organisation();
        api.post("/api/v1/users/" + invited.path("id").asString() + "/invitation", Map.of())
                .bearer(other.owner().accessToken())
                .send()
                .expectProblem(404);
        api.post("/api/v1/users/" + invited.path("id").asString() + "/password-reset", Map.of())
                .bearer(other.owner().accessToken())
                .send()
                .expectProblem(404);
    }

    @Test
    void anInvitedPersonCannotBeSetActive() {
        JsonNode invited = invite();
        var problem = api.put("/api/v1/users/" + invited.path("id").asString(), Map.of("status", "active"))
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(422)
                .body();
        assertThat(problem.toString()).contains("has set a password");
        var after = api.get("/api/v1/users/" + invited.path("id").asString())
                .bearer(org.owner().accessToken())
                .send()
                .expect(200)
                .body();
        assertThat(after.path("status").asString()).isEqualTo("invited");
    }

    @Test
    void anAdminResetLinkWorksOnceAppliesThePolicyAndEndsEverySession() {
        var person = fixtures.person(org, "LEARNER");
        var link = api.post("/api/v1/users/" + person.id() + "/password-reset", Map.of())
                .bearer(org.owner().accessToken())
                .send()
                .expect(200)
                .body();
        assertThat(link.path("delivery").asString()).isEqualTo("link");
        String url = link.path("url").asString();
        assertThat(url).contains("/reset-password?token=");
        String token = URI.create(url).getQuery().substring("token=".length());

        api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "password", "short"))
                .send()
                .expectProblem(422);
        String fresh = "amber-lantern-drifts-77";
        api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "password", fresh))
                .send()
                .expect(204);
        api.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "password", "another-" + fresh))
                .send()
                .expectProblem(404);

        api.get("/api/v1/users/me")
                .bearer(person.session().accessToken())
                .send()
                .expectProblem(401);
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", person.session().refreshToken()))
                .send()
                .expectProblem(401);
        api.post("/api/v1/auth/login", Map.of("email", person.email(), "password", Fixtures.PASSWORD))
                .send()
                .expectProblem(401);
        fixtures.login(person.email(), fresh);
        awaitAuditEntry(org.owner().accessToken(), "user.password.reset.completed");
    }

    @Test
    void aResetLinkIsRefusedForSomeoneHoldingMoreThanTheAdmin() {
        var admin = fixtures.person(org, "ADMIN");
        api.post("/api/v1/users/" + org.ownerId() + "/password-reset", Map.of())
                .bearer(admin.session().accessToken())
                .send()
                .expectProblem(403);
        var learner = fixtures.person(org, "LEARNER");
        api.post("/api/v1/users/" + admin.id() + "/password-reset", Map.of())
                .bearer(learner.session().accessToken())
                .send()
                .expectProblem(403);
    }

    @Test
    void askingForAResetAnswersTheSameForKnownAndUnknownAddresses() {
        var known = api.post("/api/v1/auth/password-reset", Map.of("email", org.ownerEmail()))
                .send()
                .expect(202);
        var unknown = api.post(
                        "/api/v1/auth/password-reset",
                        Map.of("email", Fixtures.unique("nobody") + "@example.test", "tenant", org.slug()))
                .send()
                .expect(202);
        assertThat(known.text()).isEqualTo(unknown.text());
        api.post("/api/v1/auth/password-reset", Map.of("email", "not-an-address"))
                .send()
                .expectProblem(422);
    }

    @Test
    void askingForAResetIsLimitedPerAddress() {
        String email = Fixtures.unique("limited") + "@example.test";
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/password-reset", Map.of("email", email))
                    .send()
                    .expect(202);
        }
        var refused = api.post("/api/v1/auth/password-reset", Map.of("email", email.toUpperCase()))
                .send()
                .expectProblem(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
    }

    private JsonNode reinviteVia(String host, String userId) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://" + host + ":" + port + "/api/v1/users/" + userId + "/invitation"))
                                    .header(
                                            "Authorization",
                                            "Bearer " + org.owner().accessToken())
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JsonMapper.builder().build().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode invite() {
        return api.post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                Fixtures.unique("invitee") + "@example.test",
                                "name",
                                "Ivy Invitee",
                                "roles",
                                List.of("LEARNER")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .body();
    }
}
