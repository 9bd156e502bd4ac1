package com.aigentforce.knowledge.internal.index;

import com.aigentforce.realtime.Audience;
import com.aigentforce.realtime.RealtimeEvent;
import com.aigentforce.realtime.RealtimeEvents;
import com.aigentforce.users.Permissions;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Progress of the knowledge base's long-running administrative jobs — index rebuilds
 * ({@code knowledge:index_rebuild}) and re-embeddings ({@code knowledge:reembedding}) — over the WebSocket gateway,
 * to the tenant's knowledge-base administrators, once a job's state or progress has committed. The event carries
 * the job as the API shows it (counts, no content).
 */
@Component
public class KbAdminProgress {

    public static final String INDEX_REBUILD = "knowledge:index_rebuild";
    public static final String REEMBEDDING = "knowledge:reembedding";

    private final RealtimeEvents realtime;

    KbAdminProgress(RealtimeEvents realtime) {
        this.realtime = realtime;
    }

    /** A job of this tenant changed (published inside the transaction that changed it); {@code view} is its JSON. */
    public record Changed(String type, UUID tenantId, Object view) {}

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(Changed event) {
        realtime.publish(new RealtimeEvent(
                event.type(), event.tenantId(), Audience.holdersOf(Permissions.KB_ADMIN), event.view()));
    }
}
