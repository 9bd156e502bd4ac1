package com.aigentforce.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import com.aigentforce.support.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database and one Redis: a change made through one node reaches the other node's
 * caches at once (the caches are given a five-minute lifetime here, so only the Redis eviction can explain it), and
 * both nodes take from one rate-limit bucket per user.
 */
class TwoNodeClusterTest {

    static final int PER_MINUTE = 40;

    static RedisServer redis;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static Api a;
    static Api b;

    @BeforeAll
    static void startNodes() throws Exception {
        redis = RedisServer.start();
        nodeA = start();
        nodeB = start();
        a = new Api(port(nodeA));
        b = new Api(port(nodeB));
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
        redis.close();
    }

    @Test
    void logoutOnOneNodeEndsTheSessionOnTheOtherAtOnce() {
        var org = new Fixtures(a).organisation();
        String token = org.owner().accessToken();
        b.get("/api/v1/users/me").bearer(token).send().expect(200); // node B caches the session as active
        a.post("/api/v1/auth/logout", null).bearer(token).send().expect(204);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> b.get("/api/v1/users/me").bearer(token).send().status() == 401);
    }

    @Test
    void roleChangeOnOneNodeAppliesOnTheOther() {
        var org = new Fixtures(a).organisation();
        var person = new Fixtures(a).person(org, "LEARNER");
        String token = person.session().accessToken();
        b.get("/api/v1/users").bearer(token).send().expectProblem(403); // node B caches the permissions
        b.get("/api/v1/users/" + person.id())
                .bearer(org.owner().accessToken())
                .send()
                .expect(200); // and the view
        a.put("/api/v1/users/" + person.id() + "/roles", Map.of("roles", List.of("ADMIN")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> b.get("/api/v1/users").bearer(token).send().status() == 200);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> b.get("/api/v1/users/" + person.id())
                        .bearer(org.owner().accessToken())
                        .send()
                        .body()
                        .path("roles")
                        .get(0)
                        .asString()
                        .equals("ADMIN"));
    }

    @Test
    void bothNodesEnforceOneRateLimitPerUser() {
        var org = new Fixtures(a).organisation();
        var colleague = new Fixtures(a).person(org, "LEARNER");
        String token = org.owner().accessToken();
        int allowed = 0;
        Api.Response refused = null;
        for (int i = 0; i < 3 * PER_MINUTE && refused == null; i++) {
            var response =
                    (i % 2 == 0 ? a : b).get("/api/v1/users/me").bearer(token).send();
            if (response.status() == 200) {
                allowed++;
            } else {
                refused = response.expectProblem(429);
            }
        }
        // separate buckets per node would have allowed about twice the limit; a refill may add a token or two
        assertThat(allowed).isBetween(PER_MINUTE - 5, PER_MINUTE + 2);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo(Integer.toString(PER_MINUTE));
        assertThat(refused.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isPositive();
        a.get("/api/v1/users/me").bearer(token).send().expectProblem(429);
        b.get("/api/v1/users/me").bearer(token).send().expectProblem(429);
        // another person of the same organisation has a bucket of their own
        b.get("/api/v1/users/me")
                .bearer(colleague.session().accessToken())
                .send()
                .expect(200);
    }

    @Test
    void anApiKeyRevokedOnOneNodeStopsWorkingOnTheOtherAtOnce() {
        var org = new Fixtures(a).organisation();
        var created = a.post("/api/v1/api-keys", Map.of("name", "two-node", "permissions", List.of("users:read")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201);
        String key = created.field("key");
        b.get("/api/v1/users").bearer(key).send().expect(200); // node B caches the key
        a.delete("/api/v1/api-keys/" + created.field("id"))
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> b.get("/api/v1/users").bearer(key).send().status() == 401);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--aigentforce.redis.url=" + redis.url(),
                        "--aigentforce.security.session-cache-ttl=5m",
                        "--aigentforce.security.access-cache-ttl=5m",
                        "--aigentforce.users.view-cache-ttl=5m",
                        "--aigentforce.rate-limits.tiers.free=" + PER_MINUTE,
                        "--aigentforce.security.api-key-cache-ttl=5m");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
