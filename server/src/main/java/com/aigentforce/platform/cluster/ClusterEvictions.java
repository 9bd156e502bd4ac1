package com.aigentforce.platform.cluster;

import java.util.function.Consumer;

/**
 * Cache invalidation across application nodes. A module registers how to evict one of its caches locally; an
 * eviction runs here at once and, after the current transaction completes, again here and on every other node
 * (through Redis pub/sub when {@code AIGENTFORCE_REDIS_URL} is set; a single node needs nothing more).
 */
public interface ClusterEvictions {

    /** Wildcard key: evict everything in the cache. */
    String ALL = "*";

    void register(String cache, Consumer<String> evictLocally);

    void evict(String cache, String key);
}
