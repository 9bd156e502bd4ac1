package com.aigentforce.knowledge.internal.document;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.knowledge.internal.index.Chunks;
import com.aigentforce.platform.storage.ObjectStorage;
import com.aigentforce.tenancy.TenantContext;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what deleted documents left behind once their retention ({@code AIGENTFORCE_KB_DELETED_RETENTION}) has
 * passed: every version's file in object storage (and anything else under the document's key prefix), then the
 * version rows with their extracted text and the document row. A delete already took the document out of search;
 * the audit trail keeps its record of the delete. Runs as a recurring db-scheduler task, so one node of a cluster
 * purges at a time; files go before rows, so a purge cut short is simply repeated on the next run.
 */
@Component
class DeletedDocumentPurge {

    private static final Logger LOGGER = LoggerFactory.getLogger(DeletedDocumentPurge.class);
    static final String TASK = "kb-purge-deleted";
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final ObjectStorage storage;
    private final Documents documents;
    private final DocumentVersions versions;
    private final Chunks chunks;
    private final TransactionTemplate tx;
    private final StoragePolicyProperties properties;
    private final ApplicationEventPublisher events;

    DeletedDocumentPurge(
            JdbcTemplate jdbc,
            ObjectStorage storage,
            Documents documents,
            DocumentVersions versions,
            Chunks chunks,
            TransactionTemplate tx,
            StoragePolicyProperties properties,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.storage = storage;
        this.documents = documents;
        this.versions = versions;
        this.chunks = chunks;
        this.tx = tx;
        this.properties = properties;
    }

    private record Due(UUID tenantId, UUID documentId) {}

    /** Purges every document deleted longer ago than the retention; returns how many. */
    int purgeDue() {
        Instant cutoff = Instant.now().minus(properties.deletedRetention());
        int purged = 0;
        List<Due> due;
        do {
            // across tenants: this is the system's own housekeeping, each purge then runs inside its tenant
            due = jdbc.query(
                    "select tenant_id, id from kb_document where deleted_at is not null and deleted_at < ?"
                            + " order by deleted_at limit " + BATCH,
                    (rs, i) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)),
                    Timestamp.from(cutoff));
            for (Due d : due) {
                TenantContext.runAs(d.tenantId(), () -> purge(d));
                purged++;
            }
        } while (due.size() == BATCH);
        if (purged > 0) {
            LOGGER.info(
                    "Purged {} deleted documents past their retention of {}", purged, properties.deletedRetention());
        }
        return purged;
    }

    private void purge(Due due) {
        Set<String> keys = new LinkedHashSet<>(
                tx.execute(s -> versions.findByDocumentIdOrderByNumberDesc(due.documentId()).stream()
                        .map(DocumentVersion::storageKey)
                        .toList()));
        keys.addAll(storage.list(DocumentFiles.prefixOf(due.tenantId(), due.documentId())));
        keys.forEach(storage::delete);
        tx.executeWithoutResult(s -> documents
                .findById(due.documentId())
                .filter(Document::deleted)
                .ifPresent(document -> {
                    chunks.deleteAll(chunks.findByDocumentId(document.id()));
                    chunks.flush();
                    versions.deleteAll(versions.findByDocumentIdOrderByNumberDesc(document.id()));
                    versions.flush();
                    documents.delete(document);
                    events.publishEvent(AuditEvent.of(
                                    due.tenantId(),
                                    "document.purged",
                                    AuditEvent.Actor.SYSTEM,
                                    "document",
                                    document.id(),
                                    Map.of(
                                            "files",
                                            keys.size(),
                                            "retention",
                                            properties.deletedRetention().toString()))
                            .named(document.title()));
                }));
        LOGGER.debug("Document(id={}) purged with {} files", due.documentId(), keys.size());
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> deletedDocumentPurgeTask(DeletedDocumentPurge purge, StoragePolicyProperties properties) {
            return Tasks.recurring(TASK, FixedDelay.of(properties.purgeInterval()))
                    .execute((instance, context) -> purge.purgeDue());
        }
    }
}
