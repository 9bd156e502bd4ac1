package com.aigentforce.knowledge.internal;

import com.aigentforce.realtime.Audience;
import com.aigentforce.realtime.RealtimeEvent;
import com.aigentforce.realtime.RealtimeEvents;
import com.aigentforce.users.Permissions;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code knowledge:index_rebuild} over the WebSocket gateway, to the tenant's knowledge-base administrators, once a
 * rebuild's state or progress has committed. The event carries the rebuild as the API shows it (counts, no content).
 */
@Component
class IndexRebuildNotifier {

    static final String TYPE = "knowledge:index_rebuild";

    private final RealtimeEvents realtime;

    IndexRebuildNotifier(RealtimeEvents realtime) {
        this.realtime = realtime;
    }

    /** A rebuild of this tenant changed (published inside the transaction that changed it). */
    record IndexRebuildChanged(UUID tenantId, IndexRebuildView rebuild) {}

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IndexRebuildChanged event) {
        realtime.publish(
                new RealtimeEvent(TYPE, event.tenantId(), Audience.holdersOf(Permissions.KB_ADMIN), event.rebuild()));
    }
}
