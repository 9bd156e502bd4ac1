package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.internal.base.KnowledgeAuditor;
import com.aigentforce.knowledge.internal.base.ReadAccess;
import com.aigentforce.knowledge.internal.index.Chunks;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to a document after its upload: its title and tags, and another try at a version that failed. */
@Service
public class DocumentEditService {

    private final DocumentService documents;
    private final DocumentAccess documentAccess;
    private final DocumentVersions versions;
    private final Chunks chunks;
    private final ReadAccess access;
    private final IngestionQueue queue;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final KnowledgeAuditor auditor;

    DocumentEditService(
            DocumentService documents,
            DocumentAccess documentAccess,
            DocumentVersions versions,
            Chunks chunks,
            ReadAccess access,
            IngestionQueue queue,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            KnowledgeAuditor auditor) {
        this.documents = documents;
        this.documentAccess = documentAccess;
        this.versions = versions;
        this.chunks = chunks;
        this.access = access;
        this.queue = queue;
        this.entityManager = entityManager;
        this.events = events;
        this.auditor = auditor;
    }

    /**
     * A new title shows in search at once (hits read it from the document); new tags are copied to every chunk of
     * the document, so tag filters in search see them when this returns.
     */
    @Transactional
    public DocumentDetails edit(UUID documentId, DocumentEdit edit) {
        Document document = documentAccess.editable(documentId, access.of(CurrentCaller.get()));
        // serialises with ingestion, which copies the tags to the chunks it writes under the same lock
        entityManager.lock(document, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (edit.title() != null && !edit.title().equals(document.title())) {
            changes.put("title", Map.of("from", document.title(), "to", edit.title()));
        }
        if (edit.tags() != null && !edit.tags().equals(document.tags())) {
            changes.put("tags", Map.of("from", document.tags(), "to", edit.tags()));
            chunks.findByDocumentId(document.id()).forEach(chunk -> chunk.retag(edit.tags()));
        }
        if (!changes.isEmpty()) {
            document.describe(edit.title(), edit.tags(), null);
            auditor.record("document.updated", "document", document.id(), document.title(), changes);
        }
        return documents.get(documentId, Set.of());
    }

    /** Queues the newest version's ingestion again; 409 unless it failed, or when it never had a file. */
    @Transactional
    public DocumentDetails retry(UUID documentId) {
        Caller caller = CurrentCaller.get();
        Document document = documentAccess.editable(documentId, access.of(caller));
        entityManager.lock(document, LockModeType.PESSIMISTIC_WRITE);
        DocumentVersion latest = versions.findByDocumentIdAndNumber(document.id(), document.latestVersion())
                .orElseThrow();
        if (latest.status() != IngestionStatus.FAILED) {
            throw new Conflict(
                    "document-not-failed",
                    "Only a failed document can be tried again; this one is "
                            + latest.status().value());
        }
        if (latest.sha256() == null) {
            throw new Conflict(
                    "document-never-fetched", "This import never fetched its file: import the address again");
        }
        latest.retry();
        queue.enqueue(caller.tenantId(), latest.id());
        events.publishEvent(latest.processingEvent());
        auditor.record(
                "document.retried", "document", document.id(), document.title(), Map.of("version", latest.number()));
        return documents.get(documentId, Set.of());
    }
}
