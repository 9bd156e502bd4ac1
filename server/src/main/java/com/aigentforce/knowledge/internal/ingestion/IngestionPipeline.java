package com.aigentforce.knowledge.internal.ingestion;

import com.aigentforce.knowledge.DocumentProcessing;
import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.knowledge.internal.base.KnowledgeBase;
import com.aigentforce.knowledge.internal.document.Document;
import com.aigentforce.knowledge.internal.document.DocumentVersion;
import com.aigentforce.knowledge.internal.document.DocumentVersions;
import com.aigentforce.knowledge.internal.document.Documents;
import com.aigentforce.knowledge.internal.document.FailureCode;
import com.aigentforce.knowledge.internal.document.IngestionStatus;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelStore;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModels;
import com.aigentforce.knowledge.internal.embedding.EmbeddingText;
import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.Chunks;
import com.aigentforce.knowledge.internal.index.TextChunk;
import com.aigentforce.knowledge.internal.ingestion.TextExtractor.Extraction;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.storage.ObjectStorage;
import com.aigentforce.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one document version through the stages: extracting (Tika) → chunking → embedding → indexed. Each stage
 * change is committed and published as {@link DocumentProcessing}. Nothing becomes searchable before the last
 * step, which in one transaction replaces whatever chunks the version had, hides the previous version's and makes
 * this one current — so a run that is retried or resumed after a crash neither loses nor duplicates chunks. The
 * status turns {@code indexed} in a transaction after that one has returned, i.e. after the search index was
 * written: a reader who sees {@code indexed} never finds the previous version's chunks.
 */
@Component
public class IngestionPipeline {

    private static final Logger LOGGER = LoggerFactory.getLogger(IngestionPipeline.class);
    static final int MAX_ATTEMPTS = 3;

    private final Documents documents;
    private final DocumentVersions versions;
    private final Chunks chunks;
    private final ObjectStorage storage;
    private final TextExtractor extractor;
    private final Chunker chunker;
    private final EmbeddingModels models;
    private final EmbeddingModelStore modelStore;
    private final KnowledgeProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final EntityManager entityManager;

    IngestionPipeline(
            Documents documents,
            DocumentVersions versions,
            Chunks chunks,
            ObjectStorage storage,
            TextExtractor extractor,
            Chunker chunker,
            EmbeddingModels models,
            EmbeddingModelStore modelStore,
            KnowledgeProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            EntityManager entityManager) {
        this.documents = documents;
        this.versions = versions;
        this.chunks = chunks;
        this.storage = storage;
        this.extractor = extractor;
        this.chunker = chunker;
        this.models = models;
        this.modelStore = modelStore;
        this.properties = properties;
        this.events = events;
        this.tx = tx;
        this.entityManager = entityManager;
    }

    void run(UUID tenantId, UUID versionId) {
        MDC.put("documentVersionId", versionId.toString());
        try {
            TenantContext.runAs(tenantId, () -> process(versionId));
        } finally {
            MDC.remove("documentVersionId");
        }
    }

    private void process(UUID versionId) {
        DocumentVersion started = tx.execute(s -> {
            DocumentVersion version = versions.findById(versionId).orElse(null);
            if (version == null
                    || version.status().finished()
                    || document(version).deleted()) {
                return null;
            }
            if (version.attempts() >= MAX_ATTEMPTS) {
                version.fail(
                        FailureCode.ATTEMPTS_EXHAUSTED,
                        "Processing failed " + MAX_ATTEMPTS + " times; an administrator finds why in the server log");
            } else {
                version.startAttempt();
            }
            publish(version);
            return version;
        });
        if (started == null || started.status() == IngestionStatus.FAILED) {
            return;
        }
        Extraction extraction;
        try (InputStream file = storage.open(started.storageKey())) {
            extraction =
                    extractor.extract(file, started.fileName(), properties.maxExtractedChars(), properties.maxPages());
        } catch (ExtractionFailed e) {
            LOGGER.info("DocumentVersion(id={}) cannot be extracted: {}", versionId, e.reason());
            update(versionId, v -> v.fail(e.code(), e.reason()));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update(versionId, v -> {
            v.extracted(extraction.content(), extraction.metadata());
            v.advance(IngestionStatus.CHUNKING, 0);
        });
        List<TextChunk> pieces = chunker.chunk(extraction.blocks());
        if (pieces.isEmpty()) {
            update(
                    versionId,
                    v -> v.fail(FailureCode.NO_TEXT, ExtractionFailed.noText().reason()));
            return;
        }
        step(started, v -> v.advance(IngestionStatus.EMBEDDING, 0));
        UUID knowledgeBaseId = document(started).knowledgeBaseId();
        Boolean written;
        do {
            // the knowledge base's model now; should it change before the chunks are written, they are embedded again
            EmbeddingModelSpec model = tx.execute(s -> modelStore.current(knowledgeBaseId));
            int[] reported = {0};
            List<float[]> vectors = models.embedAll(
                    model,
                    pieces.stream()
                            .map(piece -> EmbeddingText.of(piece.headingPath(), piece.text()))
                            .toList(),
                    p -> {
                        if (p - reported[0] >= 10 && p < 100) {
                            reported[0] = p;
                            step(started, v -> v.advance(IngestionStatus.EMBEDDING, p));
                        }
                    });
            written = tx.execute(s -> publishChunks(versionId, pieces, vectors, model.key()));
        } while (written == null);
        if (Boolean.TRUE.equals(written)) {
            // only now: the index was written when the chunks' transaction returned (synchronous indexing), so
            // whoever sees "indexed" finds the new version in search and no longer the old one
            step(started, v -> v.indexed(pieces.size()));
            LOGGER.info("DocumentVersion(id={}) indexed with {} chunks", versionId, pieces.size());
        }
    }

    /**
     * Replaces the version's chunks (and makes it current); false when the document was deleted meanwhile, null when
     * the knowledge base's embedding model is no longer the one the vectors came from.
     */
    private Boolean publishChunks(UUID versionId, List<TextChunk> pieces, List<float[]> vectors, String model) {
        DocumentVersion version = versions.findById(versionId).orElseThrow();
        // serialises with deletes and with other versions of the same document becoming current
        Document document = entityManager.find(Document.class, version.documentId(), LockModeType.PESSIMISTIC_WRITE);
        if (document.deleted() || version.status().finished()) {
            return false;
        }
        // shared lock: a model change (which locks the knowledge base for update) either sees these chunks or
        // happened before, and then they are embedded again with the new model
        KnowledgeBase kb =
                entityManager.find(KnowledgeBase.class, document.knowledgeBaseId(), LockModeType.PESSIMISTIC_READ);
        if (kb != null && !kb.embeddingModelKey().equals(model)) {
            return null;
        }
        List<Chunk> stale = chunks.findByVersionIdOrderByOrdinal(versionId);
        chunks.deleteAll(stale);
        chunks.flush();
        boolean becomesCurrent = document.currentVersion() == null || version.number() >= document.currentVersion();
        if (becomesCurrent) {
            chunks.findByDocumentIdAndSearchableTrue(document.id()).forEach(Chunk::hide);
        }
        List<Chunk> fresh = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            Chunk chunk = new Chunk(
                    Ids.next(),
                    document.knowledgeBaseId(),
                    document.id(),
                    versionId,
                    i,
                    pieces.get(i),
                    vectors.get(i),
                    model,
                    document.tags(),
                    document.metadata());
            if (!becomesCurrent) {
                chunk.hide();
            }
            fresh.add(chunk);
        }
        fresh.forEach(entityManager::persist);
        if (becomesCurrent) {
            document.makeCurrent(version.number());
        }
        return true;
    }

    private void update(UUID versionId, Consumer<DocumentVersion> change) {
        tx.executeWithoutResult(s -> {
            DocumentVersion version = versions.findById(versionId).orElseThrow();
            change.accept(version);
            publish(version);
        });
    }

    /**
     * A step within the run (the next stage, progress, indexed) as one UPDATE of the status columns, then published:
     * {@code run} is this run's detached copy of the version, which holds everything else the event carries, so the
     * row — with its extracted text — is not read again for each step.
     */
    private void step(DocumentVersion run, Consumer<DocumentVersion> change) {
        change.accept(run);
        tx.executeWithoutResult(s -> {
            if (versions.step(run.id(), run.status(), run.progress(), run.chunkCount(), run.updatedAt()) == 0) {
                throw new NoSuchElementException("DocumentVersion(id=" + run.id() + ") no longer exists");
            }
            publish(run);
        });
    }

    private Document document(DocumentVersion version) {
        return documents.findById(version.documentId()).orElseThrow();
    }

    private void publish(DocumentVersion v) {
        events.publishEvent(v.processingEvent());
    }
}
