package com.aigentforce.realtime.internal;

import com.aigentforce.platform.cluster.ClusterMessaging;
import com.aigentforce.realtime.Audience;
import com.aigentforce.realtime.RealtimeEvent;
import com.aigentforce.realtime.RealtimeEvents;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.TextMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events: delivered at once to this node's connections, and through {@link ClusterMessaging} to the
 * other nodes, which deliver to theirs. A node ignores its own messages coming back, so every client gets an event
 * exactly once. The envelope is written to JSON once per event, not once per connection.
 */
@Component
class RealtimeBroker implements RealtimeEvents {

    static final String CHANNEL = "aigentforce:realtime";
    private static final Logger LOGGER = LoggerFactory.getLogger(RealtimeBroker.class);

    private final String nodeId = UUID.randomUUID().toString();
    private final ConnectionRegistry connections;
    private final ClusterMessaging cluster;
    private final JsonMapper json;

    RealtimeBroker(ConnectionRegistry connections, ClusterMessaging cluster, JsonMapper json) {
        this.connections = connections;
        this.cluster = cluster;
        this.json = json;
        cluster.subscribe(CHANNEL, this::received);
    }

    @Override
    public void publish(RealtimeEvent event) {
        String envelope = json.writeValueAsString(Envelope.of(event.type(), event.tenantId(), event.data()));
        int local = connections.deliver(event.tenantId(), event.audience(), new TextMessage(envelope));
        LOGGER.debug(
                "RealtimeEvent(type={}, tenant={}) delivered to {} local connections",
                event.type(),
                event.tenantId(),
                local);
        if (cluster.distributed()) {
            Wire wire = new Wire(
                    nodeId,
                    event.tenantId(),
                    List.copyOf(event.audience().userIds()),
                    List.copyOf(event.audience().permissions()),
                    envelope);
            try {
                cluster.publish(CHANNEL, json.writeValueAsString(wire));
            } catch (RuntimeException e) {
                LOGGER.warn(
                        "RealtimeEvent(type={}) could not be sent to other nodes: {}", event.type(), e.getMessage());
            }
        }
    }

    private void received(String message) {
        try {
            Wire wire = json.readValue(message, Wire.class);
            if (nodeId.equals(wire.origin()) || wire.tenantId() == null || wire.envelope() == null) {
                return;
            }
            Audience audience = new Audience(Set.copyOf(wire.userIds()), Set.copyOf(wire.permissions()));
            connections.deliver(wire.tenantId(), audience, new TextMessage(wire.envelope()));
        } catch (JacksonException | NullPointerException e) {
            LOGGER.warn("Realtime message from another node ignored: {}", e.getMessage());
        }
    }

    /** An event on its way between nodes: the audience, and the envelope exactly as clients receive it. */
    record Wire(String origin, UUID tenantId, List<UUID> userIds, List<String> permissions, String envelope) {}
}
