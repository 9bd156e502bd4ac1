package com.aigentforce.realtime;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;

/** Two application nodes on one database and one Redis: an event raised on one reaches clients of both, once. */
class TwoNodeRealtimeTest {

    static RedisServer redis;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static Api a;

    @BeforeAll
    static void startNodes() throws Exception {
        redis = RedisServer.start();
        nodeA = start();
        nodeB = start();
        a = new Api(port(nodeA));
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
        redis.close();
    }

    @Test
    void roleChangeOnOneNodeReachesClientsOfBothNodesExactlyOnce() {
        var org = new Fixtures(a).organisation();
        var learner = new Fixtures(a).person(org, "LEARNER");
        try (var adminOnB = WsClient.authenticated(port(nodeB), org.owner().accessToken());
                var learnerOnB =
                        WsClient.authenticated(port(nodeB), learner.session().accessToken());
                var adminOnA = WsClient.authenticated(port(nodeA), org.owner().accessToken())) {
            a.put("/api/v1/users/" + learner.id() + "/roles", Map.of("roles", List.of("TRAINER")))
                    .bearer(org.owner().accessToken())
                    .send()
                    .expect(200);

            for (WsClient client : List.of(adminOnB, learnerOnB, adminOnA)) {
                JsonNode event = client.awaitType("user:role_updated");
                assertThat(event.path("data").path("userId").asString())
                        .isEqualTo(learner.id().toString());
            }
            // exactly once: the next message each client sees is a later event, not a second copy
            nodeA.getBean(RealtimeEvents.class)
                    .publish(new RealtimeEvent("test:marker", org.tenantId(), Audience.users(org.ownerId()), "m"));
            for (WsClient client : List.of(adminOnB, adminOnA)) {
                assertThat(client.next(Duration.ofSeconds(10)).path("type").asString())
                        .isEqualTo("test:marker");
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run("--server.port=0", "--aigentforce.redis.url=" + redis.url());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
