package com.aigentforce.realtime;

/**
 * Sends events to the WebSocket clients of a tenant, on every application node. Never blocks on clients: delivery
 * to each connection is queued, and a connection that cannot keep up is dropped. Call it after your change has
 * committed (from an {@code @TransactionalEventListener} or {@code @ApplicationModuleListener}), so clients never
 * hear of a change that was rolled back. Delivery is at most once: a client that is disconnected at that moment
 * misses the event and should reload state when it reconnects.
 */
public interface RealtimeEvents {

    void publish(RealtimeEvent event);
}
