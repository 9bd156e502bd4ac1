package com.aigentforce.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, shared by every node (compare-and-swap updates, so concurrent nodes never over-grant). Keys expire
 * once their bucket would be full again. If Redis cannot be reached the request is let through and a warning logged (once a minute):
 * rate limiting must not take the API down with it.
 */
final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final String PREFIX = "aigentforce:ratelimit:";
    private static final long WARNING_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final ProxyManager<byte[]> buckets;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS);
    private final Cache<String, Entry> proxies = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    RedisRateLimiter(String url) {
        this.client = RedisClient.create(url);
        this.connection = client.connect(ByteArrayCodec.INSTANCE);
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .requestTimeout(Duration.ofSeconds(2))
                .build();
    }

    @Override
    public RateLimitDecision consume(String key, RateLimit limit) {
        try {
            Entry entry = proxies.get(key, k -> proxy(k, limit));
            if (!entry.limit().equals(limit)) {
                entry = proxy(key, limit);
                proxies.put(key, entry);
            }
            return RateLimitDecision.of(entry.bucket().tryConsumeAndReturnRemaining(1), limit);
        } catch (RuntimeException e) {
            warnAtMostEveryMinute(key, e);
            return RateLimitDecision.unmetered(limit);
        }
    }

    /** During an outage every request fails the same way: one warning a minute says so without flooding the log. */
    private void warnAtMostEveryMinute(String key, RuntimeException e) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARNING_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            LOGGER.warn("RateLimit(key={}) could not reach Redis; requests pass unmetered: {}", key, e.toString());
        }
    }

    /**
     * One proxy per key, kept while the key is active: its batching optimisation folds the requests that arrive for
     * the same key while a Redis round trip is in flight into one compare-and-swap, instead of letting them contend.
     */
    private Entry proxy(String key, RateLimit limit) {
        BucketProxy bucket = buckets.builder()
                .withOptimization(Optimizations.batching())
                .withImplicitConfigurationReplacement(limit.version(), TokensInheritanceStrategy.PROPORTIONALLY)
                .build((PREFIX + key).getBytes(StandardCharsets.UTF_8), limit::bucket);
        return new Entry(bucket, limit);
    }

    private record Entry(BucketProxy bucket, RateLimit limit) {}

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
