package com.aigentforce.platform.ratelimit;

/**
 * Token-bucket rate limiting by key (for example {@code user:<id>}, {@code key:<id>}, {@code ip:<address>}). On one
 * node the buckets live in memory; with Redis configured every node consumes from the same bucket.
 */
public interface RateLimiter {

    /** Takes one token from the key's bucket, creating or reconfiguring the bucket for {@code limit}. */
    RateLimitDecision consume(String key, RateLimit limit);
}
