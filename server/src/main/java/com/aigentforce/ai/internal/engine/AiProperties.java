package com.aigentforce.ai.internal.engine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Timeouts, retries, the circuit breaker and limits for calls to model providers ({@code aigentforce.ai}; defaults in
 * docs/operations.md).
 *
 * @param connectTimeout time to establish a connection to a provider
 * @param readTimeout longest silence while waiting for an answer or between two parts of a stream
 * @param maxAttempts attempts per generation (1 = no retry); only 408, 429, 5xx and refused connections are retried,
 *     and a stream only before its first delta
 * @param retryBackoff wait before the first retry, doubled for each further one, unless the provider's
 *     {@code Retry-After} asks for another wait
 * @param maxRetryWait longest wait before a retry; a provider asking for longer is not retried
 * @param concurrentGenerationsPerTenant generations an organisation may have running at once on this node (429 above)
 * @param breakerFailureRate percentage of failed calls (of the last {@code breakerWindow}) that opens a provider's
 *     circuit breaker
 * @param breakerWindow calls the failure rate is computed over (and the least before it is)
 * @param breakerOpenFor how long an open breaker refuses calls before letting a trial call through
 * @param modelListTtl how long a provider's own model list is kept before it is asked again
 */
@Validated
@ConfigurationProperties("aigentforce.ai")
public record AiProperties(
        Duration connectTimeout,
        Duration readTimeout,
        @Min(1) @Max(10) Integer maxAttempts,
        Duration retryBackoff,
        Duration maxRetryWait,
        @Min(1) Integer concurrentGenerationsPerTenant,
        @Min(1) @Max(100) Integer breakerFailureRate,
        @Min(1) Integer breakerWindow,
        Duration breakerOpenFor,
        Duration modelListTtl) {

    public AiProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        retryBackoff = retryBackoff == null ? Duration.ofMillis(500) : retryBackoff;
        maxRetryWait = maxRetryWait == null ? Duration.ofSeconds(20) : maxRetryWait;
        concurrentGenerationsPerTenant = concurrentGenerationsPerTenant == null ? 16 : concurrentGenerationsPerTenant;
        breakerFailureRate = breakerFailureRate == null ? 50 : breakerFailureRate;
        breakerWindow = breakerWindow == null ? 10 : breakerWindow;
        breakerOpenFor = breakerOpenFor == null ? Duration.ofSeconds(30) : breakerOpenFor;
        modelListTtl = modelListTtl == null ? Duration.ofMinutes(5) : modelListTtl;
    }
}
