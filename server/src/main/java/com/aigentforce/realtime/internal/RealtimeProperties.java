package com.aigentforce.realtime.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the WebSocket gateway ({@code aigentforce.realtime.*}).
 *
 * @param authTimeout how long a new connection may take to authenticate before it is closed
 * @param heartbeatInterval how often the server pings each connection and re-checks its credential; a connection
 *     silent for two intervals (no pong, no message) is dropped
 * @param maxConnectionsPerUser open connections one person (or API key) may hold on one node
 * @param maxMessageBytes largest message a client may send (larger ones close the connection with 1009)
 * @param sendQueueLimit messages waiting for one connection; a connection that falls further behind is dropped
 * @param sendTimeLimit how long one send to a connection may take before the connection is dropped
 */
@ConfigurationProperties("aigentforce.realtime")
record RealtimeProperties(
        Duration authTimeout,
        Duration heartbeatInterval,
        int maxConnectionsPerUser,
        int maxMessageBytes,
        int sendQueueLimit,
        Duration sendTimeLimit) {

    RealtimeProperties {
        authTimeout = authTimeout == null ? Duration.ofSeconds(10) : authTimeout;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(25) : heartbeatInterval;
        maxConnectionsPerUser = maxConnectionsPerUser <= 0 ? 16 : maxConnectionsPerUser;
        maxMessageBytes = maxMessageBytes <= 0 ? 4096 : maxMessageBytes;
        sendQueueLimit = sendQueueLimit <= 0 ? 256 : sendQueueLimit;
        sendTimeLimit = sendTimeLimit == null ? Duration.ofSeconds(10) : sendTimeLimit;
    }
}
