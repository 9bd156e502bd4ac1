package com.aigentforce.platform.cluster;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Local evictions plus an optional transport to the other nodes. */
final class ClusterEvictionBus implements ClusterEvictions {

    private static final Logger LOGGER = LoggerFactory.getLogger(ClusterEvictionBus.class);

    /** Sends an encoded eviction to the other nodes. */
    interface Transport {
        void send(String message);
    }

    private final String nodeId = UUID.randomUUID().toString();
    private final Map<String, Consumer<String>> caches = new ConcurrentHashMap<>();
    private final Transport transport;

    ClusterEvictionBus(Transport transport) {
        this.transport = transport;
    }

    @Override
    public void register(String cache, Consumer<String> evictLocally) {
        caches.put(cache, evictLocally);
    }

    @Override
    public void evict(String cache, String key) {
        evictLocally(cache, key);
        Runnable propagate = () -> {
            evictLocally(cache, key); // again: a read during the transaction may have re-cached the old state
            if (transport != null) {
                try {
                    transport.send(nodeId + "|" + cache + "|" + key);
                } catch (RuntimeException e) {
                    LOGGER.warn("Eviction(cache={}) could not be sent to other nodes: {}", cache, e.getMessage());
                }
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    propagate.run();
                }
            });
        } else {
            propagate.run();
        }
    }

    /** Called by the transport for every message, including our own (ignored). */
    void received(String message) {
        String[] parts = message.split("\\|", 3);
        if (parts.length != 3 || parts[0].equals(nodeId)) {
            return;
        }
        evictLocally(parts[1], parts[2]);
    }

    private void evictLocally(String cache, String key) {
        Consumer<String> eviction = caches.get(cache);
        if (eviction != null) {
            eviction.accept(key);
        }
    }
}
