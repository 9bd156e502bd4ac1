package com.aigentforce.ai.internal.engine;

import com.aigentforce.ai.internal.provider.Provider;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Resilience4j around every provider call: a per-tenant bulkhead (concurrent generations), a circuit breaker per
 * provider (opened by provider-side failures only: 408, 429, 5xx, refused connections — not by a wrong key or a bad
 * request) and retries with exponential backoff that honour the provider's {@code Retry-After}.
 */
@Component
class Resilience {

    private final AiProperties properties;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final RetryConfig retryConfig;

    Resilience(AiProperties properties) {
        this.properties = properties;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.breakerFailureRate())
                .slidingWindowSize(properties.breakerWindow())
                .minimumNumberOfCalls(properties.breakerWindow())
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(e -> e instanceof AiProviderFailed f && f.retriable())
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.concurrentGenerationsPerTenant())
                .maxWaitDuration(Duration.ZERO)
                .build());
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction(
                        (attempt, outcome) -> waitBefore(attempt, outcome.isLeft() ? outcome.getLeft() : null))
                .build();
    }

    /** Takes one of the tenant's generation slots, or refuses with 429; release it with {@link Bulkhead#onComplete}. */
    Bulkhead slot(UUID tenantId) {
        Bulkhead bulkhead = bulkheads.bulkhead(tenantId.toString());
        if (!bulkhead.tryAcquirePermission()) {
            throw new GenerationsBusy(properties.concurrentGenerationsPerTenant());
        }
        return bulkhead;
    }

    /**
     * Runs {@code attempt} through the provider's circuit breaker, retrying retriable failures while
     * {@code mayRetry} says so (a stream that already delivered text is not retried). Failures leave as
     * {@link AiProviderFailed}, {@link AiProviderUnavailable} or the outbound guard's refusal.
     */
    <T> T call(Provider provider, Supplier<T> attempt, BooleanSupplier mayRetry) {
        CircuitBreaker breaker = breakers.circuitBreaker(provider.id().toString());
        Retry.Context<T> retry = Retry.of(provider.id().toString(), retryConfig).context();
        while (true) {
            if (!breaker.tryAcquirePermission()) {
                throw new AiProviderUnavailable(provider.name());
            }
            long start = System.nanoTime();
            try {
                T result = attempt.get();
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                retry.onComplete();
                return result;
            } catch (RuntimeException e) {
                RuntimeException failure = ProviderFailures.translate(provider.name(), e);
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
                if (!mayRetry.getAsBoolean()) {
                    throw failure;
                }
                retry.onRuntimeError(failure); // waits before the next attempt, or throws failure
            }
        }
    }

    private boolean worthRetrying(Throwable failure) {
        if (!(failure instanceof AiProviderFailed f) || !f.retriable()) {
            return false;
        }
        return f.retryAfter() == null || f.retryAfter().compareTo(properties.maxRetryWait()) <= 0;
    }

    private long waitBefore(int attempt, Throwable failure) {
        if (failure instanceof AiProviderFailed f && f.retryAfter() != null) {
            return f.retryAfter().toMillis();
        }
        long backoff = properties.retryBackoff().toMillis() << Math.min(attempt - 1, 10);
        return Math.min(backoff, properties.maxRetryWait().toMillis());
    }
}
