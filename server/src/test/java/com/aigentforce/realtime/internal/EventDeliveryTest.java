package com.aigentforce.realtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.realtime.Audience;
import com.aigentforce.realtime.RealtimeEvent;
import com.aigentforce.realtime.RealtimeEvents;
import com.aigentforce.realtime.WsClient;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Who receives what: {@code user:role_updated} reaches the person and the tenant's admins only, nothing crosses
 * tenants, and a client that stops reading is dropped without holding up anyone else.
 */
class EventDeliveryTest extends ApiTestSupport {

    @Autowired
    RealtimeEvents events;

    @Autowired
    ConnectionRegistry connections;

    @Test
    void roleChangeReachesThePersonAndTheAdminsButNotOtherLearners() {
        var org = fixtures.organisation();
        var admin = fixtures.person(org, "ADMIN");
        var learner = fixtures.person(org, "LEARNER");
        var bystander = fixtures.person(org, "LEARNER");
        try (var adminClient = WsClient.authenticated(port, admin.session().accessToken());
                var learnerClient =
                        WsClient.authenticated(port, learner.session().accessToken());
                var bystanderClient =
                        WsClient.authenticated(port, bystander.session().accessToken())) {
            changeRoles(org, learner.id(), "TRAINER");

            for (WsClient client : List.of(adminClient, learnerClient)) {
                JsonNode event = client.awaitType("user:role_updated");
                assertThat(event.path("tenantId").asString())
                        .isEqualTo(org.tenantId().toString());
                assertThat(event.path("data").path("userId").asString())
                        .isEqualTo(learner.id().toString());
                assertThat(event.path("data").path("roles").toString()).isEqualTo("[\"TRAINER\"]");
                assertThat(event.path("data").path("permissions").toString()).contains("training:author");
                assertThat(UUID.fromString(event.path("id").asString()).version())
                        .isEqualTo(7);
            }
            // the bystander's next message is the one meant for everyone, not the role change
            events.publish(new RealtimeEvent("test:marker", org.tenantId(), Audience.holdersOf("kb:read"), "m"));
            assertThat(bystanderClient.next(Duration.ofSeconds(10)).path("type").asString())
                    .isEqualTo("test:marker");
        }
    }

    @Test
    void eventsOfOneTenantNeverReachAnother() {
        var orgA = fixtures.organisation();
        var orgB = fixtures.organisation();
        var learnerA = fixtures.person(orgA, "LEARNER");
        try (var ownerA = WsClient.authenticated(port, orgA.owner().accessToken());
                var ownerB = WsClient.authenticated(port, orgB.owner().accessToken())) {
            changeRoles(orgA, learnerA.id(), "MANAGER");
            events.publish(new RealtimeEvent(
                    "test:marker", orgA.tenantId(), Audience.users(orgB.ownerId()), "sent to B's owner id in A"));
            assertThat(ownerA.awaitType("user:role_updated").path("tenantId").asString())
                    .isEqualTo(orgA.tenantId().toString());

            events.publish(new RealtimeEvent("test:marker", orgB.tenantId(), Audience.users(orgB.ownerId()), "B"));
            JsonNode first = ownerB.next(Duration.ofSeconds(10));
            assertThat(first.path("tenantId").asString())
                    .isEqualTo(orgB.tenantId().toString());
            assertThat(first.path("data").asString()).isEqualTo("B");
        }
    }

    @Test
    void roleChangeUpdatesThePermissionsOfThePersonsOpenConnections() {
        var org = fixtures.organisation();
        var learner = fixtures.person(org, "LEARNER");
        try (var client = WsClient.authenticated(port, learner.session().accessToken())) {
            changeRoles(org, learner.id(), "ADMIN");
            client.awaitType("user:role_updated");
            events.publish(new RealtimeEvent("test:admins", org.tenantId(), Audience.holdersOf("users:write"), 1));
            assertThat(client.awaitType("test:admins").path("data").asInt()).isEqualTo(1);
        }
    }

    @Test
    void clientThatStopsReadingIsDroppedWhileAnotherKeepsReceivingEverything() {
        var org = fixtures.organisation();
        var admin = fixtures.person(org, "ADMIN");
        try (var slow = WsClient.authenticated(port, org.owner().accessToken());
                var healthy = WsClient.authenticated(port, admin.session().accessToken())) {
            slow.stopReading();
            String payload = "x".repeat(64 * 1024);
            int sent = 0;
            while (registered(org.ownerId()) && sent < 2_000) {
                for (int i = 0; i < 20; i++, sent++) {
                    events.publish(new RealtimeEvent(
                            "test:flood",
                            org.tenantId(),
                            Audience.holdersOf("users:write"),
                            Map.of("n", sent, "p", payload)));
                }
                for (int n = sent - 20; n < sent; n++) {
                    assertThat(healthy.awaitType("test:flood")
                                    .path("data")
                                    .path("n")
                                    .asInt())
                            .isEqualTo(n);
                }
            }
            assertThat(registered(org.ownerId()))
                    .as("the slow client was dropped")
                    .isFalse();
            assertThat(registered(admin.id()))
                    .as("the healthy client is still connected")
                    .isTrue();
            events.publish(new RealtimeEvent("test:after", org.tenantId(), Audience.holdersOf("users:write"), 0));
            healthy.awaitType("test:after");
        }
    }

    private void changeRoles(Fixtures.Org org, UUID userId, String... roles) {
        api.put("/api/v1/users/" + userId + "/roles", Map.of("roles", List.of(roles)))
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
    }

    private boolean registered(UUID userId) {
        return connections.all().stream()
                .anyMatch(c -> c.caller() != null && c.caller().userId().equals(userId));
    }
}
