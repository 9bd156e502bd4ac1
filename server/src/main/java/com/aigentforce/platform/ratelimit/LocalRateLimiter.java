package com.aigentforce.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TokensInheritanceStrategy;
import java.time.Duration;

/** Buckets in this JVM: the single-node default. Idle buckets are dropped (a full bucket carries no state). */
final class LocalRateLimiter implements RateLimiter {

    private final Cache<String, Entry> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Override
    public RateLimitDecision consume(String key, RateLimit limit) {
        Entry entry = buckets.get(
                key, k -> new Entry(Bucket.builder().addLimit(limit.bandwidth()).build(), limit));
        if (!entry.limit.equals(limit)) {
            entry.bucket.replaceConfiguration(limit.bucket(), TokensInheritanceStrategy.PROPORTIONALLY);
            entry = new Entry(entry.bucket, limit);
            buckets.put(key, entry);
        }
        return RateLimitDecision.of(entry.bucket.tryConsumeAndReturnRemaining(1), limit);
    }

    private record Entry(Bucket bucket, RateLimit limit) {}
}
