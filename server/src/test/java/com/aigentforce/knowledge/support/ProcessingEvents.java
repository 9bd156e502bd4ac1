package com.aigentforce.knowledge.support;

import com.aigentforce.knowledge.DocumentProcessing;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the {@link DocumentProcessing} events the application publishes, as a consumer module would see them. */
@Component
public class ProcessingEvents {

    private final List<DocumentProcessing> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DocumentProcessing event) {
        events.add(event);
    }

    public List<DocumentProcessing> of(UUID documentId) {
        return events.stream().filter(e -> e.documentId().equals(documentId)).toList();
    }
}
