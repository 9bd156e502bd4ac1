package com.aigentforce.knowledge.internal;

import com.aigentforce.knowledge.DocumentProcessing;
import com.aigentforce.realtime.Audience;
import com.aigentforce.realtime.RealtimeEvent;
import com.aigentforce.realtime.RealtimeEvents;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * {@code document:processing} over the WebSocket gateway, once each stage change has committed: to the person who
 * uploaded the version and to knowledge-base administrators. Others who may read the document see its status when
 * they load it; the event carries ids and progress only, never content.
 */
@Component
class ProcessingNotifier {

    static final String TYPE = "document:processing";

    private final RealtimeEvents realtime;

    ProcessingNotifier(RealtimeEvents realtime) {
        this.realtime = realtime;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DocumentProcessing event) {
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
