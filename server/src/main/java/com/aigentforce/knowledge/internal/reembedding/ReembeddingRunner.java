package com.aigentforce.knowledge.internal.reembedding;

import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelStore;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModels;
import com.aigentforce.knowledge.internal.embedding.EmbeddingProviderFailed;
import com.aigentforce.knowledge.internal.embedding.EmbeddingText;
import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.Chunks;
import com.aigentforce.knowledge.internal.index.KbAdminProgress;
import com.aigentforce.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code kb-reembed} job: moves a knowledge base's chunks, batch by batch in id order, to its current model.
 * Each batch is embedded outside any transaction, then its chunks are updated entity by entity (so Hibernate Search
 * re-indexes them in their new model's field) together with the progress and cursor, in one transaction. Until the
 * last batch, search finds each chunk under the model that embedded it; at the end the earlier models are dropped.
 * A provider answering 429, 408 or 5xx is retried with backoff; another 4xx fails the re-embedding with its reason.
 */
@Component
class ReembeddingRunner {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReembeddingRunner.class);
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final Reembeddings reembeddings;
    private final Chunks chunks;
    private final EmbeddingModels models;
    private final EmbeddingModelStore modelStore;
    private final ReembeddingProperties properties;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;

    ReembeddingRunner(
            Reembeddings reembeddings,
            Chunks chunks,
            EmbeddingModels models,
            EmbeddingModelStore modelStore,
            ReembeddingProperties properties,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.reembeddings = reembeddings;
        this.chunks = chunks;
        this.models = models;
        this.modelStore = modelStore;
        this.properties = properties;
        this.events = events;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Still failing after the in-job retries: the job escapes and db-scheduler runs it again later. */
    static final class ProviderUnavailable extends RuntimeException {
        ProviderUnavailable(String reason) {
            super(reason);
        }
    }

    void run(UUID tenantId, UUID id) {
        MDC.put("reembeddingId", id.toString());
        try {
            TenantContext.runAs(tenantId, () -> execute(id));
        } finally {
            MDC.remove("reembeddingId");
        }
    }

    private void execute(UUID id) {
        Reembedding started = tx.execute(s -> {
            Reembedding r = reembeddings.findById(id).orElse(null);
            if (r == null || r.finished()) {
                return null;
            }
            r.start(chunks.countByKnowledgeBaseIdAndEmbeddingModelNotAndIdGreaterThan(
                    r.knowledgeBaseId(), r.targetModel(), cursorOf(r)));
            changed(r);
            return r;
        });
        if (started == null) {
            return;
        }
        EmbeddingModelSpec target = tx.execute(s -> modelStore
                .find(started.knowledgeBaseId(), started.targetModel())
                .orElse(null));
        if (target == null) {
            update(id, r -> r.fail("the target model is no longer configured"));
            return;
        }
        LOGGER.info(
                "Reembedding(id={}) {} for KnowledgeBase(id={}) with {}: {} chunk(s) to go",
                id,
                started.cursor() == null ? "started" : "resumed",
                started.knowledgeBaseId(),
                target,
                started.total() - started.done());
        try {
            reembed(id, started, target);
        } catch (ProviderUnavailable e) {
            LOGGER.warn("Reembedding(id={}) paused: {}; the job runs again later", id, e.getMessage());
            throw e;
        } catch (EmbeddingProviderFailed e) {
            LOGGER.warn("Reembedding(id={}) failed: {}", id, e.reason());
            update(id, r -> r.fail(e.reason()));
        } catch (RuntimeException e) {
            LOGGER.error("Reembedding(id={}) failed", id, e);
            update(id, r -> r.fail("re-embedding stopped with an internal error; see the server log"));
        }
    }

    private void reembed(UUID id, Reembedding started, EmbeddingModelSpec target) {
        UUID knowledgeBaseId = started.knowledgeBaseId();
        UUID cursor = cursorOf(started);
        long began = System.nanoTime();
        while (true) {
            UUID after = cursor;
            List<Chunk> batch =
                    tx.execute(s -> chunks.findByKnowledgeBaseIdAndEmbeddingModelNotAndIdGreaterThanOrderById(
                            knowledgeBaseId, target.key(), after, Limit.of(properties.batchSize())));
            if (batch.isEmpty()) {
                break;
            }
            List<float[]> vectors = embed(
                    id,
                    target,
                    batch.stream()
                            .map(c -> EmbeddingText.of(c.headingPath(), c.text()))
                            .toList());
            UUID last = batch.getLast().id();
            save(id, batch, vectors, target, last);
            cursor = last;
        }
        update(id, r -> {
            modelStore.keepOnly(knowledgeBaseId, target.key());
            r.complete();
        });
        LOGGER.info("Reembedding(id={}) completed in {} ms", id, (System.nanoTime() - began) / 1_000_000);
    }

    /**
     * Writes a batch's vectors with the progress. Ingestion may hold some of these chunk rows meanwhile (a new version
     * hides the old one's chunks); a lock conflict or deadlock that the database resolves against this transaction
     * is tried again.
     */
    private void save(UUID id, List<Chunk> batch, List<float[]> vectors, EmbeddingModelSpec target, UUID last) {
        for (int attempt = 1; ; attempt++) {
            try {
                update(id, r -> {
                    for (int i = 0; i < batch.size(); i++) {
                        Chunk chunk =
                                entityManager.find(Chunk.class, batch.get(i).id());
                        if (chunk != null && !target.key().equals(chunk.embeddingModel())) {
                            chunk.reembed(vectors.get(i), target.key());
                        }
                    }
                    r.progress(batch.size(), last);
                });
                return;
            } catch (TransientDataAccessException e) {
                if (attempt >= 3) {
                    throw e;
                }
                LOGGER.info("Reembedding(id={}) batch save conflicted ({}); trying again", id, e.getMessage());
            }
        }
    }

    /** One batch, retried with backoff while the provider answers 429, 408 or 5xx (or cannot be reached). */
    private List<float[]> embed(UUID id, EmbeddingModelSpec target, List<String> texts) {
        Duration wait = properties.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return models.embedAll(target, texts, p -> {});
            } catch (EmbeddingProviderFailed e) {
                if (!e.retriable()) {
                    throw e;
                }
                if (attempt >= properties.retries()) {
                    throw new ProviderUnavailable(e.reason());
                }
                LOGGER.info(
                        "Reembedding(id={}) batch attempt {} failed: {}; retrying in {}",
                        id,
                        attempt,
                        e.reason(),
                        wait);
                LockSupport.parkNanos(wait.toNanos());
                wait = wait.multipliedBy(2).compareTo(properties.maxRetryBackoff()) > 0
                        ? properties.maxRetryBackoff()
                        : wait.multipliedBy(2);
            }
        }
    }

    private void update(UUID id, Consumer<Reembedding> change) {
        tx.executeWithoutResult(s -> {
            Reembedding r = reembeddings.findById(id).orElseThrow();
            change.accept(r);
            changed(r);
        });
    }

    private void changed(Reembedding r) {
        events.publishEvent(new KbAdminProgress.Changed(
                KbAdminProgress.REEMBEDDING, TenantContext.current(), ReembeddingView.of(r)));
    }

    private static UUID cursorOf(Reembedding r) {
        return r.cursor() == null ? BEFORE_ALL : r.cursor();
    }
}
