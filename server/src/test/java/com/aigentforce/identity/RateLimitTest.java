package com.aigentforce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;

/**
 * Token-bucket limits on one node: per user at the tenant's rate (tier default or the tenant's override), per client
 * address without credentials; headers on every response, a 429 problem with Retry-After when exceeded.
 */
@TestPropertySource(
        properties = {
            "aigentforce.rate-limits.tiers.free=" + RateLimitTest.FREE,
            "aigentforce.rate-limits.anonymous-per-minute=60"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitTest extends ApiTestSupport {

    static final int FREE = 15;

    @Test
    @Order(1)
    void everyResponseCarriesTheLimitAndTheRemainingRequests() {
        var org = fixtures.organisation();
        var first = api.get("/api/v1/users/me")
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
        var second = api.get("/api/v1/users/me")
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
        assertThat(first.header("RateLimit-Limit")).isEqualTo(Integer.toString(FREE));
        assertThat(Long.parseLong(second.header("RateLimit-Remaining")))
                .isLessThan(Long.parseLong(first.header("RateLimit-Remaining")));
        assertThat(Long.parseLong(second.header("RateLimit-Reset"))).isBetween(1L, 60L);
    }

    @Test
    @Order(2)
    void aCallerOverTheLimitGetsAProblemWithRetryAfterAndTheAuditTrailRecordsItOnce() {
        var org = fixtures.organisation();
        var admin = fixtures.person(org, "ADMIN");
        String token = org.owner().accessToken();
        Api.Response refused = exhaust(token);
        assertThat(refused.body().path("type").asString()).endsWith("too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        api.get("/api/v1/users/me").bearer(token).send().expectProblem(429);
        var entry = awaitAuditEntry(admin.session().accessToken(), "ratelimit.exceeded");
        assertThat(entry.path("actorEmail").asString()).isEqualTo(org.ownerEmail());
        var all = api.get("/api/v1/audit?action=ratelimit.exceeded")
                .bearer(admin.session().accessToken())
                .send()
                .expect(200)
                .body();
        assertThat(all.path("total").asLong()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aTenantOverrideReplacesTheTierDefault() {
        var org = fixtures.organisation();
        var view = api.put("/api/v1/tenant/rate-limit", Map.of("requestsPerMinute", 5))
                .bearer(org.owner().accessToken())
                .send()
                .expect(200)
                .body();
        assertThat(view.path("rateLimit").path("effectivePerMinute").asLong()).isEqualTo(5);
        assertThat(view.path("rateLimit").path("tierDefault").asLong()).isEqualTo(FREE);
        var person = fixtures.person(org, "LEARNER");
        var response = api.get("/api/v1/users/me")
                .bearer(person.session().accessToken())
                .send()
                .expect(200);
        assertThat(response.header("RateLimit-Limit")).isEqualTo("5");
        Map<String, Object> reset = new HashMap<>();
        reset.put("requestsPerMinute", null);
        var restored = api.put("/api/v1/tenant/rate-limit", reset)
                .bearer(org.owner().accessToken())
                .send()
                .expect(200)
                .body();
        assertThat(restored.path("rateLimit").path("effectivePerMinute").asLong())
                .isEqualTo(FREE);
    }

    @Test
    @Order(4)
    void onlyTenantAdminsMayOverrideAndOutOfRangeValuesAreRejected() {
        var org = fixtures.organisation();
        var learner = fixtures.person(org, "LEARNER");
        api.put("/api/v1/tenant/rate-limit", Map.of("requestsPerMinute", 5))
                .bearer(learner.session().accessToken())
                .send()
                .expectProblem(403);
        api.put("/api/v1/tenant/rate-limit", Map.of("requestsPerMinute", 0))
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(422);
    }

    @Test
    @Order(4)
    void anApiKeyHasABucketOfItsOwnApartFromItsCreator() {
        var org = fixtures.organisation();
        String key = api.post("/api/v1/api-keys", Map.of("name", "limited", "permissions", List.of("profile:read")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201)
                .field("key");
        Api.Response refused = exhaust(key);
        assertThat(refused.header("RateLimit-Limit")).isEqualTo(Integer.toString(FREE));
        api.get("/api/v1/users/me").bearer(org.owner().accessToken()).send().expect(200);
        api.get("/api/v1/users/me").header("X-API-Key", key).send().expectProblem(429);
    }

    /** Runs last: it spends the shared per-address bucket that every sign-in of this class draws from. */
    @Test
    @Order(5)
    void requestsWithoutCredentialsAreLimitedPerClientAddress() {
        Api.Response refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            var response = api.post("/api/v1/auth/refresh", Map.of("refreshToken", "not-a-token-" + i))
                    .send();
            if (response.status() == 429) {
                refused = response.expectProblem(429);
            } else {
                response.expectProblem(401);
            }
        }
        assertThat(refused)
                .as("the per-address limit should refuse within 200 requests")
                .isNotNull();
        assertThat(refused.header("RateLimit-Limit")).isEqualTo("60");
    }

    private Api.Response exhaust(String token) {
        for (int i = 0; i < 3 * FREE; i++) {
            var response = api.get("/api/v1/users/me").bearer(token).send();
            if (response.status() == 429) {
                return response.expectProblem(429);
            }
            response.expect(200);
        }
        throw new AssertionError("no 429 within " + 3 * FREE + " requests");
    }
}
