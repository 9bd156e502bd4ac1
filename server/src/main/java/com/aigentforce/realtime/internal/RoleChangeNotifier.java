package com.aigentforce.realtime.internal;

import com.aigentforce.realtime.Audience;
import com.aigentforce.realtime.RealtimeEvent;
import com.aigentforce.realtime.RealtimeEvents;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.UserRolesChanged;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code user:role_updated}, after the role change commits: to the person and to the tenant's admins (holders of
 * {@code users:write}). The person's open connections on this node take the new permissions at once; other nodes
 * pick them up at their next heartbeat.
 */
@Component
class RoleChangeNotifier {

    static final String TYPE = "user:role_updated";

    private final ConnectionRegistry connections;
    private final RealtimeEvents events;

    RoleChangeNotifier(ConnectionRegistry connections, RealtimeEvents events) {
        this.connections = connections;
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(UserRolesChanged changed) {
        connections.updatePermissions(changed.tenantId(), changed.userId(), changed.permissions());
        events.publish(new RealtimeEvent(
                TYPE,
                changed.tenantId(),
                Audience.users(changed.userId()).andHoldersOf(Permissions.USERS_WRITE),
                Map.of(
                        "userId", changed.userId(),
                        "roles", changed.roles(),
                        "permissions", new TreeSet<>(changed.permissions()))));
    }
}
