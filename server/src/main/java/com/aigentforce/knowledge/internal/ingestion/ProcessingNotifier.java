package com.aigentforce.knowledge.internal.ingestion;

import com.aigentforce.knowledge.DocumentProcessing;
import com.aigentforce.realtime.Audience;
import com.aigentforce.realtime.RealtimeEvent;
import com.aigentforce.realtime.RealtimeEvents;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code document:processing} over the WebSocket gateway, once each stage change has committed: to the person who
 * uploaded the version and to knowledge-base administrators. Others who may read the document see its status when
 * they load it; the event carries ids and progress only, never content.
 *
 * <p>A plain listener that defers to after the commit itself rather than a {@code @TransactionalEventListener}:
 * Spring Modulith stores a publication row (JSON insert, then delete on completion) for every transactional listener
 * of an event, i.e. two more statements per stage change — measurable in the ingestion profile, and worthless for a
 * progress notice nobody needs redelivered after a crash (the status is in the database).
 */
@Component
class ProcessingNotifier {

    static final String TYPE = "document:processing";

    private final RealtimeEvents realtime;

    ProcessingNotifier(RealtimeEvents realtime) {
        this.realtime = realtime;
    }

    @EventListener
    void on(DocumentProcessing event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(event);
                }
            });
        } else {
            send(event);
        }
    }

    private void send(DocumentProcessing event) {
        Map<String, Object> data = new HashMap<>();
        data.put("documentId", event.documentId());
        data.put("versionId", event.versionId());
        data.put("versionNumber", event.versionNumber());
        data.put("status", event.status());
        data.put("stage", event.stage());
        data.put("progress", event.progress());
        data.put("statusReason", event.statusReason());
        Audience audience = event.uploadedBy() == null
                ? Audience.holdersOf("kb:admin")
                : Audience.users(event.uploadedBy()).andHoldersOf("kb:admin");
        realtime.publish(new RealtimeEvent(TYPE, event.tenantId(), audience, data));
    }
}
