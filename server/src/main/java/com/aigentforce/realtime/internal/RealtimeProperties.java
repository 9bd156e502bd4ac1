package com.aigentforce.realtime.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
@ConfigurationProperties("aigentforce.realtime")
record RealtimeProperties(
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1, message = "must be positive")
        Duration authTimeout,

        @DefaultValue("25s") @NotNull @DurationMin(millis = 1, message = "must be positive")
        Duration heartbeatInterval,

        @DefaultValue("16") @Positive int maxConnectionsPerUser,
        @DefaultValue("4096") @Positive int maxMessageBytes,
        @DefaultValue("256") @Positive int sendQueueLimit,

        @DefaultValue("10s") @NotNull @DurationMin(millis = 1, message = "must be positive")
        Duration sendTimeLimit) {}
