package com.aigentforce.realtime.internal;

import com.aigentforce.identity.Credentials;
import com.aigentforce.platform.security.Caller;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /api/v1/ws} endpoint. A connection authenticates in-band — with its first message
 * {@code {"type":"auth","token":…}} or with the {@code aigentforce.bearer.<token>} subprotocol read during the
 * handshake — and is answered {@code session:ready}; it may send {@code auth} again with a fresh token and
 * {@code {"type":"ping"}} at any time. Failed or missing authentication closes the connection with 1008 (policy
 * violation).
 */
@Component
class GatewayHandler extends AbstractWebSocketHandler implements DisposableBean {

    static final String CREDENTIAL = "aigentforce.credential";
    private static final Logger LOGGER = LoggerFactory.getLogger(GatewayHandler.class);
    private static final CloseStatus AUTH_FAILED = CloseStatus.POLICY_VIOLATION.withReason("Authentication failed");
    private static final String TOMCAT_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final Credentials credentials;
    private final ConnectionRegistry connections;
    private final RealtimeProperties properties;
    private final JsonMapper json;
    private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();

    GatewayHandler(
            Credentials credentials, ConnectionRegistry connections, RealtimeProperties properties, JsonMapper json) {
        this.credentials = credentials;
        this.connections = connections;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        if (session instanceof NativeWebSocketSession wrapper
                && wrapper.getNativeSession() instanceof Session nativeSession) {
            // a blocked write to a client that stopped reading fails after the send time limit
            nativeSession
                    .getUserProperties()
                    .put(TOMCAT_SEND_TIMEOUT, properties.sendTimeLimit().toMillis());
        }
        Connection connection = new Connection(session, sender, properties.sendQueueLimit());
        session.getAttributes().put(Connection.class.getName(), connection);
        connections.opened(connection);
        Object credential = session.getAttributes().remove(CREDENTIAL);
        if (credential instanceof String token) {
            authenticate(connection, token);
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        Connection connection = connection(session);
        connection.touch();
        JsonNode request;
        try {
            request = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            reject(connection, "The message is not JSON");
            return;
        }
        switch (request.path("type").asString("")) {
            case "auth" -> authenticate(connection, request.path("token").asString(""));
            case "ping" -> send(connection, "pong", Map.of());
            default -> reject(connection, "Unknown message type; expected auth or ping");
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        connection(session).touch();
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        LOGGER.debug("Connection(id={}) transport error: {}", session.getId(), exception.getMessage());
        Connection connection = connection(session);
        if (connection != null) {
            connection.close(CloseStatus.SERVER_ERROR);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Connection connection = connection(session);
        if (connection != null) {
            connection.close(status);
            connections.closed(connection);
        }
    }

    @Override
    public void destroy() {
        connections.all().forEach(c -> c.close(CloseStatus.GOING_AWAY));
        sender.close();
    }

    private void authenticate(Connection connection, String token) {
        Optional<Caller> found = credentials.authenticate(token);
        if (found.isEmpty()) {
            connection.close(AUTH_FAILED);
            return;
        }
        Caller caller = found.get();
        Caller current = connection.caller();
        if (current != null
                && (!current.userId().equals(caller.userId())
                        || !current.tenantId().equals(caller.tenantId()))) {
            connection.close(CloseStatus.POLICY_VIOLATION.withReason("A connection cannot change its user"));
            return;
        }
        connection.authenticate(caller, token);
        if (!connections.bind(connection, caller)) {
            connection.close(CloseStatus.POLICY_VIOLATION.withReason("Too many connections"));
            return;
        }
        send(
                connection,
                "session:ready",
                Map.of(
                        "userId", caller.userId(),
                        "permissions", new TreeSet<>(caller.permissions()),
                        "heartbeatSeconds", properties.heartbeatInterval().toSeconds()));
    }

    private void reject(Connection connection, String detail) {
        if (connection.authenticated()) {
            send(connection, "session:error", Map.of("detail", detail));
        } else {
            connection.close(CloseStatus.POLICY_VIOLATION.withReason("Authenticate first"));
        }
    }

    private void send(Connection connection, String type, Object data) {
        Caller caller = connection.caller();
        Envelope envelope = Envelope.of(type, caller == null ? null : caller.tenantId(), data);
        connection.send(new TextMessage(json.writeValueAsString(envelope)));
    }

    private static Connection connection(WebSocketSession session) {
        return (Connection) session.getAttributes().get(Connection.class.getName());
    }
}
