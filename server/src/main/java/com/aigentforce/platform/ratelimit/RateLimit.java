package com.aigentforce.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** A token bucket: {@code capacity} requests, refilled evenly over {@code period} (so bursts up to capacity). */
public record RateLimit(long capacity, Duration period) {

    public RateLimit {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive capacity and period");
        }
    }

    public static RateLimit perMinute(long requests) {
        return new RateLimit(requests, Duration.ofMinutes(1));
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder()
                .capacity(capacity)
                .refillGreedy(capacity, period)
                .build();
    }

    BucketConfiguration bucket() {
        return BucketConfiguration.builder().addLimit(bandwidth()).build();
    }

    /** Distinguishes configurations, so a bucket whose limit changed (a tenant override) is reconfigured in place. */
    long version() {
        return capacity * 31 + period.toMillis();
    }
}
