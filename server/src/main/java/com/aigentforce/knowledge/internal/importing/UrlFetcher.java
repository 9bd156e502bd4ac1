package com.aigentforce.knowledge.internal.importing;

import com.aigentforce.knowledge.StorageQuota;
import com.aigentforce.knowledge.StorageQuotaExceeded;
import com.aigentforce.knowledge.internal.document.DocumentVersion;
import com.aigentforce.knowledge.internal.document.DocumentVersions;
import com.aigentforce.knowledge.internal.document.Documents;
import com.aigentforce.knowledge.internal.document.FailureCode;
import com.aigentforce.knowledge.internal.document.IngestionQueue;
import com.aigentforce.knowledge.internal.document.IngestionStatus;
import com.aigentforce.knowledge.internal.importing.UrlImportClient.Fetched;
import com.aigentforce.platform.storage.ObjectStorage;
import com.aigentforce.tenancy.TenantContext;
import java.net.URI;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fetch job of a URL import: downloads the file into storage, checks the storage quota with its real size, and
 * hands the version ({@code stored}) to the ingestion queue in one transaction — or marks it {@code failed} with the
 * reason. Runs again harmlessly (a version no longer {@code fetching} is left alone); a document deleted meanwhile
 * keeps nothing of the download.
 */
@Component
class UrlFetcher {

    private static final Logger LOGGER = LoggerFactory.getLogger(UrlFetcher.class);
    static final int MAX_RETRIES = 2;

    private final DocumentVersions versions;
    private final Documents documents;
    private final UrlImportClient client;
    private final ObjectStorage storage;
    private final StorageQuota quota;
    private final IngestionQueue ingestion;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    UrlFetcher(
            DocumentVersions versions,
            Documents documents,
            UrlImportClient client,
            ObjectStorage storage,
            StorageQuota quota,
            IngestionQueue ingestion,
            ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.versions = versions;
        this.documents = documents;
        this.client = client;
        this.storage = storage;
        this.quota = quota;
        this.ingestion = ingestion;
        this.events = events;
        this.tx = tx;
    }

    void run(UUID tenantId, UUID versionId, int failuresSoFar) {
        MDC.put("documentVersionId", versionId.toString());
        try {
            TenantContext.runAs(tenantId, () -> fetch(tenantId, versionId, failuresSoFar));
        } finally {
            MDC.remove("documentVersionId");
        }
    }

    private record Pending(URI url, String storageKey) {}

    private void fetch(UUID tenantId, UUID versionId, int failuresSoFar) {
        Pending pending = tx.execute(s -> versions.findById(versionId)
                .filter(this::stillFetching)
                .map(v -> new Pending(URI.create(v.sourceUrl()), v.storageKey()))
                .orElse(null));
        if (pending == null) {
            return;
        }
        Fetched fetched;
        try {
            fetched = client.fetch(pending.url(), pending.storageKey());
        } catch (FetchFailed e) {
            if (e.transientFailure() && failuresSoFar < MAX_RETRIES) {
                LOGGER.info("DocumentVersion(id={}) fetch failed, retrying later: {}", versionId, e.reason());
                throw e;
            }
            LOGGER.info("DocumentVersion(id={}) could not be imported: {}", versionId, e.reason());
            update(versionId, v -> v.fail(FailureCode.FETCH_FAILED, e.reason()));
            return;
        }
        boolean kept = Boolean.TRUE.equals(tx.execute(s -> {
            DocumentVersion version = versions.findById(versionId).orElse(null);
            if (version == null || !stillFetching(version)) {
                return false;
            }
            try {
                quota.check(tenantId, fetched.size());
            } catch (StorageQuotaExceeded e) {
                version.fail(FailureCode.STORAGE_QUOTA, e.getMessage());
                publish(version);
                return false;
            }
            version.fetched(fetched.fileName(), fetched.contentType(), fetched.size(), fetched.sha256());
            publish(version);
            ingestion.enqueue(tenantId, versionId);
            return true;
        }));
        if (kept) {
            LOGGER.info(
                    "DocumentVersion(id={}) fetched: {} bytes of {}", versionId, fetched.size(), fetched.contentType());
        } else {
            storage.delete(pending.storageKey());
        }
    }

    private boolean stillFetching(DocumentVersion version) {
        return version.status() == IngestionStatus.FETCHING
                && documents
                        .findById(version.documentId())
                        .map(d -> !d.deleted())
                        .orElse(false);
    }

    private void update(UUID versionId, Consumer<DocumentVersion> change) {
        tx.executeWithoutResult(
                s -> versions.findById(versionId).filter(this::stillFetching).ifPresent(v -> {
                    change.accept(v);
                    publish(v);
                }));
    }

    private void publish(DocumentVersion v) {
        events.publishEvent(v.processingEvent());
    }
}
