package com.aigentforce.realtime.internal;

import com.aigentforce.identity.Credentials;
import com.aigentforce.platform.security.Caller;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;

/**
 * Keeps the connection table honest: closes connections that did not authenticate in time, that stayed silent
 * for two heartbeats (no pong, no message), whose send is stuck, or whose credential no longer holds (expired
 * token, ended session, deactivated account); refreshes everyone else's permissions and pings them.
 */
@Component
class Heartbeat {

    private static final CloseStatus AUTH_TIMEOUT = CloseStatus.POLICY_VIOLATION.withReason("Authentication timed out");
    private static final CloseStatus CREDENTIAL_ENDED =
            CloseStatus.POLICY_VIOLATION.withReason("The credential expired or was revoked");
    private static final CloseStatus SILENT = CloseStatus.SESSION_NOT_RELIABLE.withReason("No heartbeat");
    private static final CloseStatus STALLED = CloseStatus.SESSION_NOT_RELIABLE.withReason("Too slow");

    private final ConnectionRegistry connections;
    private final Credentials credentials;
    private final long authTimeout;
    private final long silenceLimit;
    private final long sendTimeLimit;

    Heartbeat(ConnectionRegistry connections, Credentials credentials, RealtimeProperties properties) {
        this.connections = connections;
        this.credentials = credentials;
        this.authTimeout = properties.authTimeout().toNanos();
        this.silenceLimit = properties.heartbeatInterval().multipliedBy(2).toNanos();
        this.sendTimeLimit = properties.sendTimeLimit().toNanos();
    }

    @Scheduled(fixedDelayString = "${aigentforce.realtime.auth-check-interval:1s}")
    void closeUnauthenticated() {
        long now = System.nanoTime();
        for (Connection connection : connections.all()) {
            if (!connection.authenticated() && now - connection.openedAt() > authTimeout) {
                connection.close(AUTH_TIMEOUT);
            } else if (connection.stalled(now, sendTimeLimit)) {
                connection.close(STALLED);
            }
        }
    }

    @Scheduled(fixedDelayString = "${aigentforce.realtime.heartbeat-interval:25s}")
    void beat() {
        long now = System.nanoTime();
        for (Connection connection : connections.all()) {
            if (!connection.authenticated() || connection.isClosed()) {
                continue;
            }
            if (now - connection.lastSeen() > silenceLimit) {
                connection.close(SILENT);
                continue;
            }
            Optional<Caller> current = credentials.authenticate(connection.credential());
            if (current.isEmpty()) {
                connection.close(CREDENTIAL_ENDED);
                continue;
            }
            connection.refresh(current.get());
            connection.send(new PingMessage());
        }
    }
}
