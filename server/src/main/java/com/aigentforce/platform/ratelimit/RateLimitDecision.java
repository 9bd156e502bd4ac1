package com.aigentforce.platform.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

/**
 * The outcome of one request against a bucket, carrying what the {@code RateLimit-*} response headers report.
 * {@code resetSeconds}: until the bucket is full again; {@code retryAfterSeconds}: until one request is allowed (0 when
 * this one was).
 */
public record RateLimitDecision(
        boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    static RateLimitDecision of(ConsumptionProbe probe, RateLimit limit) {
        return new RateLimitDecision(
                probe.isConsumed(),
                limit.capacity(),
                probe.getRemainingTokens(),
                ceilSeconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
    }

    /** What a request gets when the shared store cannot be reached: let it through rather than fail the API. */
    static RateLimitDecision unmetered(RateLimit limit) {
        return new RateLimitDecision(true, limit.capacity(), limit.capacity(), 0, 0);
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
