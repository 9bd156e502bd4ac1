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
 * {@code knowledge:reembedding} over the WebSocket gateway, to the tenant's knowledge-base administrators, once a
 * re-embedding's state or progress has committed. The event carries the re-embedding as the API shows it.
 */
@Component
class ReembeddingNotifier {

    static final String TYPE = "knowledge:reembedding";

    private final RealtimeEvents realtime;

    ReembeddingNotifier(RealtimeEvents realtime) {
        this.realtime = realtime;
    }

    /** A re-embedding of this tenant changed (published inside the transaction that changed it). */
    record ReembeddingChanged(UUID tenantId, ReembeddingView reembedding) {}

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReembeddingChanged event) {
        realtime.publish(new RealtimeEvent(
                TYPE, event.tenantId(), Audience.holdersOf(Permissions.KB_ADMIN), event.reembedding()));
    }
}
