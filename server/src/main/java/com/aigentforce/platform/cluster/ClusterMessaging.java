package com.aigentforce.platform.cluster;

import java.util.function.Consumer;

/**
 * Messages to every application node (this one included) over Redis pub/sub when {@code AIGENTFORCE_REDIS_URL} is
 * set. Without Redis there are no other nodes: {@link #distributed()} is false and nothing is sent, so callers
 * deliver locally themselves. Delivery is at most once, in order per publisher; a node that is down misses messages.
 */
public interface ClusterMessaging {

    boolean distributed();

    void publish(String channel, String message);

    /** Every message published on the channel by any node, this one included, is passed to the listener. */
    void subscribe(String channel, Consumer<String> listener);
}
