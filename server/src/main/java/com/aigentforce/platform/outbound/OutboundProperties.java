package com.aigentforce.platform.outbound;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and the administrator's allow-list for outbound HTTP ({@code aigentforce.outbound}).
 *
 * @param allow targets allowed although internal ({@code AIGENTFORCE_OUTBOUND_ALLOW}, comma-separated): an address
 *     or CIDR ({@code 10.1.0.0/16}, {@code fd00::/8}), a host name ({@code ollama.internal}) or a domain with its
 *     sub-domains ({@code *.corp.example}), each optionally limited to one port ({@code 127.0.0.1:11434},
 *     {@code [::1]:8080}, {@code ollama.internal:11434})
 * @param connectTimeout time to establish a connection
 * @param readTimeout longest silence while waiting for or reading a response
 * @param maxResponseSize largest response body read
 * @param maxRedirects redirects followed (each hop is checked like the first)
 */
@Validated
@ConfigurationProperties("aigentforce.outbound")
public record OutboundProperties(
        List<String> allow,
        Duration connectTimeout,
        Duration readTimeout,
        DataSize maxResponseSize,
        @PositiveOrZero Integer maxRedirects) {

    public OutboundProperties {
        allow = allow == null ? List.of() : List.copyOf(allow);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        maxResponseSize = maxResponseSize == null ? DataSize.ofMegabytes(20) : maxResponseSize;
        maxRedirects = maxRedirects == null ? 5 : maxRedirects;
    }
}
