package com.aigentforce.realtime.internal;

import com.aigentforce.platform.security.Caller;
import com.aigentforce.realtime.Audience;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;

/**
 * The connections open on this node: every one by id, the authenticated ones by tenant and by person. Delivery
 * looks only at the event's tenant, so an event can never reach another tenant's client.
 */
@Component
class ConnectionRegistry {

    private final Map<String, Connection> all = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Connection>> byTenant = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Connection>> byUser = new ConcurrentHashMap<>();
    private final int maxPerUser;

    ConnectionRegistry(RealtimeProperties properties) {
        this.maxPerUser = properties.maxConnectionsPerUser();
    }

    void opened(Connection connection) {
        all.put(connection.id(), connection);
    }

    /** Registers the connection as the caller's; false when the caller already holds the most connections allowed. */
    synchronized boolean bind(Connection connection, Caller caller) {
        Set<Connection> mine = byUser.computeIfAbsent(caller.userId(), k -> ConcurrentHashMap.newKeySet());
        if (!mine.contains(connection) && mine.size() >= maxPerUser) {
            if (mine.isEmpty()) {
                byUser.remove(caller.userId());
            }
            return false;
        }
        mine.add(connection);
        byTenant.computeIfAbsent(caller.tenantId(), k -> ConcurrentHashMap.newKeySet())
                .add(connection);
        return true;
    }

    synchronized void closed(Connection connection) {
        all.remove(connection.id());
        Caller caller = connection.caller();
        if (caller == null) {
            return;
        }
        removeFrom(byUser, caller.userId(), connection);
        removeFrom(byTenant, caller.tenantId(), connection);
    }

    Collection<Connection> all() {
        return all.values();
    }

    int size() {
        return all.size();
    }

    /** Queues the message for every authenticated connection of the tenant in the audience; returns how many. */
    int deliver(UUID tenantId, Audience audience, TextMessage message) {
        Set<Connection> tenant = byTenant.get(tenantId);
        if (tenant == null) {
            return 0;
        }
        int delivered = 0;
        for (Connection connection : tenant) {
            Caller caller = connection.caller();
            if (caller == null
                    || !caller.tenantId().equals(tenantId)
                    || !audience.includes(caller.userId(), caller.permissions())) {
                continue;
            }
            if (connection.send(message)) {
                delivered++;
            } else if (!connection.isClosed()) {
                connection.close(CloseStatus.SESSION_NOT_RELIABLE.withReason("Too far behind"));
            }
        }
        return delivered;
    }

    /** Applies a person's new permissions to their open connections on this node. */
    void updatePermissions(UUID tenantId, UUID userId, Set<String> permissions) {
        Set<Connection> mine = byUser.get(userId);
        if (mine == null) {
            return;
        }
        for (Connection connection : mine) {
            Caller caller = connection.caller();
            if (caller != null && caller.tenantId().equals(tenantId)) {
                connection.refresh(new Caller(
                        caller.userId(), caller.tenantId(), caller.sessionId(), caller.email(), permissions));
            }
        }
    }

    private static void removeFrom(Map<UUID, Set<Connection>> index, UUID key, Connection connection) {
        index.computeIfPresent(key, (k, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }
}
