package com.aigentforce.realtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.realtime.WsClient;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Connecting to {@code /api/v1/ws}: in-band authentication, the heartbeat, and when the server closes. */
class GatewayConnectionTest extends ApiTestSupport {

    static final int POLICY_VIOLATION = 1008;

    Fixtures.Org org;

    @BeforeEach
    void organisation() {
        org = fixtures.organisation();
    }

    @Test
    void firstMessageAuthenticatesAndIsAnsweredWithSessionReady() {
        try (WsClient client = WsClient.connect(port)) {
            client.send(Map.of("type", "auth", "token", org.owner().accessToken()));
            JsonNode ready = client.awaitType("session:ready");
            assertThat(ready.path("tenantId").asString())
                    .isEqualTo(org.tenantId().toString());
            assertThat(ready.path("data").path("userId").asString())
                    .isEqualTo(org.ownerId().toString());
            assertThat(ready.path("data").path("permissions").toString()).contains("users:write");
            assertThat(UUID.fromString(ready.path("id").asString()).version()).isEqualTo(7);
            assertThat(Instant.parse(ready.path("timestamp").asString())).isBeforeOrEqualTo(Instant.now());
        }
    }

    @Test
    void anApiKeyAuthenticatesAsItsCreatorWithTheKeysPermissionsAndARevokedOneIsRefused() {
        var created = api.post("/api/v1/api-keys", Map.of("name", "ws", "permissions", List.of("users:read")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201);
        String key = created.field("key");
        try (WsClient client = WsClient.connect(port)) {
            client.send(Map.of("type", "auth", "token", key));
            JsonNode ready = client.awaitType("session:ready");
            assertThat(ready.path("data").path("userId").asString())
                    .isEqualTo(org.ownerId().toString());
            assertThat(ready.path("data").path("permissions").toString())
                    .contains("users:read")
                    .doesNotContain("users:write");
        }
        api.delete("/api/v1/api-keys/" + created.field("id"))
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        try (WsClient client = WsClient.connect(port)) {
            client.send(Map.of("type", "auth", "token", key));
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void bearerSubprotocolAuthenticatesAndOnlyThePlainProtocolIsEchoed() {
        try (WsClient client = WsClient.connect(
                port, "aigentforce.v1", "aigentforce.bearer." + org.owner().accessToken())) {
            assertThat(client.subprotocol()).isEqualTo("aigentforce.v1");
            assertThat(client.awaitType("session:ready")
                            .path("data")
                            .path("userId")
                            .asString())
                    .isEqualTo(org.ownerId().toString());
        }
    }

    @Test
    void theUpgradeRequestNeedsNoAuthorizationHeaderButOtherApiPathsStayProtected() {
        try (WsClient client = WsClient.connect(port)) {
            assertThat(client.isClosed()).isFalse();
        }
        api.get("/api/v1/users/me").send().expectProblem(401);
        api.get("/api/v1/wsx").send().expectProblem(401);
    }

    @Test
    void plainHttpRequestsToTheGatewayAnswerProblems() {
        api.get("/api/v1/ws").send().expectProblem(400);
        var wrongMethod = api.post("/api/v1/ws", Map.of("type", "auth")).send().expectProblem(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
    }

    @Test
    void aForeignOriginIsRefused() {
        var response =
                api.get("/api/v1/ws").header("Origin", "https://evil.example").send();
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void invalidTokenIsClosedWithPolicyViolation() {
        try (WsClient client = WsClient.connect(port)) {
            client.send(Map.of("type", "auth", "token", "not.a-valid.token"));
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void invalidTokenInTheSubprotocolIsClosedWithPolicyViolation() {
        try (WsClient client = WsClient.connect(port, "aigentforce.v1", "aigentforce.bearer.x.y.z")) {
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void tokenOfASignedOutSessionIsClosedWithPolicyViolation() {
        String token = org.owner().accessToken();
        api.post("/api/v1/auth/logout", null).bearer(token).send().expect(204);
        try (WsClient client = WsClient.connect(port)) {
            client.send(Map.of("type", "auth", "token", token));
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void anythingButAuthBeforeAuthenticatingIsClosedWithPolicyViolation() {
        try (WsClient client = WsClient.connect(port)) {
            client.send("{\"type\":\"subscribe\"}");
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
        try (WsClient client = WsClient.connect(port)) {
            client.send("not json");
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void connectionThatNeverAuthenticatesIsClosedAfterTheAuthTimeout() {
        try (WsClient client = WsClient.connect(port)) {
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void serverPingsAndAnswersTheClientsPing() {
        try (WsClient client = WsClient.authenticated(port, org.owner().accessToken())) {
            client.send(Map.of("type", "ping"));
            assertThat(client.awaitType("pong").path("tenantId").asString())
                    .isEqualTo(org.tenantId().toString());
            await().atMost(Duration.ofSeconds(10)).until(() -> client.pings() >= 2);
            assertThat(client.isClosed()).isFalse();
        }
    }

    @Test
    void clientThatStopsAnsweringPingsIsDropped() {
        try (WsClient client = WsClient.authenticated(port, org.owner().accessToken())) {
            client.stopReading();
            await().atMost(Duration.ofSeconds(15)).until(() -> !registered(org.ownerId()));
        }
    }

    @Test
    void signingOutClosesTheOpenConnection() {
        String token = org.owner().accessToken();
        try (WsClient client = WsClient.authenticated(port, token)) {
            api.post("/api/v1/auth/logout", null).bearer(token).send().expect(204);
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void deactivatingThePersonClosesTheirConnection() {
        var person = fixtures.person(org, "LEARNER");
        try (WsClient client = WsClient.authenticated(port, person.session().accessToken())) {
            api.delete("/api/v1/users/" + person.id())
                    .bearer(org.owner().accessToken())
                    .send()
                    .expect(204);
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void reAuthenticatingWithAFreshTokenKeepsTheConnectionButAnotherPersonsTokenClosesIt() {
        var refreshed = api.post(
                        "/api/v1/auth/refresh",
                        Map.of("refreshToken", org.owner().refreshToken()))
                .send()
                .expect(200);
        try (WsClient client = WsClient.authenticated(port, org.owner().accessToken())) {
            client.send(Map.of("type", "auth", "token", refreshed.field("accessToken")));
            assertThat(client.awaitType("session:ready")
                            .path("data")
                            .path("userId")
                            .asString())
                    .isEqualTo(org.ownerId().toString());
            var other = fixtures.person(org, "LEARNER");
            client.send(Map.of("type", "auth", "token", other.session().accessToken()));
            assertThat(client.awaitClose()).isEqualTo(POLICY_VIOLATION);
        }
    }

    @Test
    void messagesAboveTheSizeLimitCloseTheConnection() {
        try (WsClient client = WsClient.authenticated(port, org.owner().accessToken())) {
            client.send(Map.of("type", "ping", "padding", "x".repeat(20_000)));
            assertThat(client.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void unknownMessageTypesAfterAuthenticationAreAnsweredWithAnError() {
        try (WsClient client = WsClient.authenticated(port, org.owner().accessToken())) {
            client.send(Map.of("type", "subscribe"));
            assertThat(client.awaitType("session:error")
                            .path("data")
                            .path("detail")
                            .asString())
                    .contains("Unknown message type");
        }
    }

    @Test
    void aPersonCannotHoldMoreThanTheConnectionLimit() {
        var person = fixtures.person(org, "LEARNER");
        List<WsClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                open.add(WsClient.authenticated(port, person.session().accessToken()));
            }
            try (WsClient extra = WsClient.connect(port)) {
                extra.send(Map.of("type", "auth", "token", person.session().accessToken()));
                assertThat(extra.awaitClose()).isEqualTo(POLICY_VIOLATION);
            }
        } finally {
            open.forEach(WsClient::close);
        }
    }

    @Autowired
    ConnectionRegistry connections;

    private boolean registered(UUID userId) {
        return connections.all().stream()
                .anyMatch(c -> c.caller() != null && c.caller().userId().equals(userId));
    }
}
