package com.aigentforce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A person sees their own signed-in devices and signs out the others; nobody can touch another person's session. */
class SignedInSessionsTest extends ApiTestSupport {

    private static final String FIREFOX_ON_LINUX =
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    private static final String CHROME_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    @Test
    void aPersonListsTheirDevicesAndSignsOutAnother() {
        Fixtures.Org org = fixtures.organisation();
        Fixtures.Session laptop = login(org.ownerEmail(), FIREFOX_ON_LINUX);
        Fixtures.Session desktop = login(org.ownerEmail(), CHROME_ON_WINDOWS);

        JsonNode sessions = list(laptop.accessToken());
        JsonNode mine = find(sessions, true);
        JsonNode other = byDevice(sessions, "Chrome on Windows");
        assertThat(mine.path("device").asString()).isEqualTo("Firefox on Linux");
        assertThat(other.path("current").asBoolean()).isFalse();
        assertThat(other.path("ip").asString()).isNotBlank();
        assertThat(other.path("lastUsedAt").asString()).isNotBlank();

        // a refresh is a use: it moves lastUsedAt on
        String before = other.path("lastUsedAt").asString();
        var refreshed = api.post("/api/v1/auth/refresh", Map.of("refreshToken", desktop.refreshToken()))
                .header("User-Agent", CHROME_ON_WINDOWS)
                .send()
                .expect(200);
        String after = byDevice(list(laptop.accessToken()), "Chrome on Windows")
                .path("lastUsedAt")
                .asString();
        assertThat(java.time.Instant.parse(after)).isAfter(java.time.Instant.parse(before));

        api.delete("/api/v1/auth/sessions/" + other.path("id").asString())
                .bearer(laptop.accessToken())
                .send()
                .expect(204);
        api.get("/api/v1/users/me")
                .bearer(refreshed.field("accessToken"))
                .send()
                .expectProblem(401);
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshed.field("refreshToken")))
                .send()
                .expectProblem(401);
        assertThat(list(laptop.accessToken()).size()).isEqualTo(sessionsBefore(sessions) - 1);
        api.get("/api/v1/users/me").bearer(laptop.accessToken()).send().expect(200);
    }

    @Test
    void signingOutEverywhereElseKeepsOnlyTheCurrentSession() {
        Fixtures.Org org = fixtures.organisation();
        Fixtures.Session here = login(org.ownerEmail(), FIREFOX_ON_LINUX);
        Fixtures.Session elsewhere = login(org.ownerEmail(), CHROME_ON_WINDOWS);
        api.delete("/api/v1/auth/sessions").bearer(here.accessToken()).send().expect(204);
        JsonNode left = list(here.accessToken());
        assertThat(left.size()).isEqualTo(1);
        assertThat(left.get(0).path("current").asBoolean()).isTrue();
        api.get("/api/v1/users/me").bearer(elsewhere.accessToken()).send().expectProblem(401);
    }

    @Test
    void anotherPersonsSessionAnswers404() {
        Fixtures.Org org = fixtures.organisation();
        Fixtures.Org other = fixtures.organisation();
        Fixtures.Session victim = login(other.ownerEmail(), CHROME_ON_WINDOWS);
        String victimSession = find(list(victim.accessToken()), true).path("id").asString();
        var colleague = fixtures.person(org, "ADMIN");
        String colleagueSession =
                find(list(colleague.session().accessToken()), true).path("id").asString();

        api.delete("/api/v1/auth/sessions/" + victimSession)
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(404);
        api.delete("/api/v1/auth/sessions/" + colleagueSession)
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(404);
        api.delete("/api/v1/auth/sessions/" + UUID.randomUUID())
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(404);
        api.get("/api/v1/users/me").bearer(victim.accessToken()).send().expect(200);
        api.get("/api/v1/users/me")
                .bearer(colleague.session().accessToken())
                .send()
                .expect(200);
    }

    private Fixtures.Session login(String email, String userAgent) {
        var response = api.post("/api/v1/auth/login", Map.of("email", email, "password", Fixtures.PASSWORD))
                .header("User-Agent", userAgent)
                .send()
                .expect(200);
        return new Fixtures.Session(response.field("accessToken"), response.field("refreshToken"));
    }

    private JsonNode list(String token) {
        return api.get("/api/v1/auth/sessions").bearer(token).send().expect(200).body();
    }

    private static int sessionsBefore(JsonNode sessions) {
        return sessions.size();
    }

    private static JsonNode find(JsonNode sessions, boolean current) {
        for (JsonNode s : sessions) {
            if (s.path("current").asBoolean() == current) {
                return s;
            }
        }
        throw new AssertionError("no session with current=" + current + " in " + sessions);
    }

    private static JsonNode byDevice(JsonNode sessions, String device) {
        for (JsonNode s : sessions) {
            if (s.path("device").asString().equals(device)) {
                return s;
            }
        }
        throw new AssertionError("no " + device + " session in " + sessions);
    }
}
