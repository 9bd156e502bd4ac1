package com.aigentforce.knowledge.internal.rebuild;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.knowledge.internal.index.KbAdminProgress;
import com.aigentforce.knowledge.internal.rebuild.ChunkReindexer.RebuildInterrupted;
import com.aigentforce.knowledge.internal.rebuild.IndexRebuildJobs.IndexRebuildQueue;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.NotFound;
import com.aigentforce.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search index rebuilds of a tenant: requested through the API (queued on the durable job queue) or run at once by
 * the operator command; both record a {@link IndexRebuild} with progress saved and published at most once per
 * {@code progress-interval}. Search keeps serving complete results meanwhile ({@link ChunkReindexer}).
 */
@Service
public class IndexRebuildService {

    private static final Logger LOGGER = LoggerFactory.getLogger(IndexRebuildService.class);
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final IndexRebuilds rebuilds;
    private final IndexRebuildQueue queue;
    private final ChunkReindexer reindexer;
    private final IndexRebuildProperties properties;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;

    IndexRebuildService(
            IndexRebuilds rebuilds,
            IndexRebuildQueue queue,
            ChunkReindexer reindexer,
            IndexRebuildProperties properties,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.rebuilds = rebuilds;
        this.queue = queue;
        this.reindexer = reindexer;
        this.properties = properties;
        this.events = events;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Queues a rebuild of the current tenant's index; any node's job runner picks it up. */
    public IndexRebuildView request(UUID requestedBy) {
        return tx.execute(s -> {
            IndexRebuild rebuild = record(requestedBy);
            queue.enqueue(TenantContext.current(), rebuild.id());
            return IndexRebuildView.of(rebuild);
        });
    }

    public IndexRebuildView get(UUID id) {
        return tx.execute(s ->
                rebuilds.findById(id).map(IndexRebuildView::of).orElseThrow(() -> new NotFound("Index rebuild", id)));
    }

    public Page<IndexRebuildView> list(Pageable page) {
        return tx.execute(s -> rebuilds.findAllByOrderByRequestedAtDesc(page).map(IndexRebuildView::of));
    }

    /** Records a rebuild of the current tenant and runs it on this thread (the operator command). */
    IndexRebuildView runNow() {
        UUID id = tx.execute(s -> record(null).id());
        execute(id);
        return get(id);
    }

    /** The job: runs (or resumes) one rebuild of a tenant. */
    void run(UUID tenantId, UUID rebuildId) {
        TenantContext.runAs(tenantId, () -> execute(rebuildId));
    }

    private IndexRebuild record(UUID requestedBy) {
        for (IndexRebuild active : rebuilds.findActive()) {
            if (!active.abandoned(ABANDONED_AFTER)) {
                throw new IndexRebuildAlreadyRunning(active.id());
            }
            LOGGER.warn("IndexRebuild(id={}) was left running by a stopped command; marked failed", active.id());
            active.fail("abandoned: the process running it stopped");
            changed(active);
            entityManager.flush();
        }
        IndexRebuild rebuild = new IndexRebuild(Ids.next(), requestedBy);
        try {
            entityManager.persist(rebuild);
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            // another request won the race for the tenant's one active rebuild (unique index)
            throw new IndexRebuildAlreadyRunning(null);
        }
        changed(rebuild);
        events.publishEvent(
                requestedBy == null
                        ? systemAudit("search_index.rebuild_requested", rebuild.id(), Map.of("by", "command"))
                        : AuditEvent.byCurrentCaller(
                                "search_index.rebuild_requested", "index_rebuild", rebuild.id(), Map.of()));
        return rebuild;
    }

    private void execute(UUID id) {
        MDC.put("indexRebuildId", id.toString());
        try {
            IndexRebuild started = tx.execute(s -> {
                IndexRebuild rebuild = rebuilds.findById(id).orElse(null);
                if (rebuild == null || rebuild.finished()) {
                    return null;
                }
                rebuild.start(rebuild.entitiesDone() + reindexer.countSearchable(rebuild.cursor()));
                changed(rebuild);
                return rebuild;
            });
            if (started == null) {
                return;
            }
            LOGGER.info(
                    "IndexRebuild(id={}) {} with {} chunk(s) to re-index",
                    id,
                    started.cursor() == null ? "started" : "resumed",
                    started.entitiesTotal() - started.entitiesDone());
            rebuild(id, started);
        } finally {
            MDC.remove("indexRebuildId");
        }
    }

    private void rebuild(UUID id, IndexRebuild started) {
        long began = System.nanoTime();
        long[] lastSaved = {began};
        try {
            long done = started.entitiesDone()
                    + reindexer.reindex(
                            started.cursor(), started.entitiesDone(), properties.batchSize(), (sofar, last) -> {
                                if (System.nanoTime() - lastSaved[0]
                                        >= properties.progressInterval().toNanos()) {
                                    lastSaved[0] = System.nanoTime();
                                    update(id, r -> r.progress(sofar, last));
                                    LOGGER.info("IndexRebuild(id={}) re-indexed {} chunk(s)", id, sofar);
                                }
                                pause();
                            });
            long removed = reindexer.removeStaleEntries(properties.batchSize());
            reindexer.flush();
            update(id, r -> {
                r.progress(done, r.cursor());
                r.removed(removed);
                r.complete();
                events.publishEvent(systemAudit(
                        "search_index.rebuild_completed", id, Map.of("reindexed", done, "removed", removed)));
            });
            LOGGER.info(
                    "IndexRebuild(id={}) completed: {} chunk(s) re-indexed, {} stale entr(ies) removed in {} ms",
                    id,
                    done,
                    removed,
                    (System.nanoTime() - began) / 1_000_000);
        } catch (RebuildInterrupted e) {
            LOGGER.info("IndexRebuild(id={}) stopped with its node; it resumes when the job runs again", id);
            throw e;
        } catch (RuntimeException e) {
            LOGGER.error("IndexRebuild(id={}) failed", id, e);
            update(id, r -> {
                r.fail(reason(e));
                events.publishEvent(systemAudit("search_index.rebuild_failed", id, Map.of("reason", reason(e))));
            });
        }
    }

    private void update(UUID id, Consumer<IndexRebuild> change) {
        tx.executeWithoutResult(s -> {
            IndexRebuild rebuild = rebuilds.findById(id).orElseThrow();
            change.accept(rebuild);
            changed(rebuild);
        });
    }

    private void changed(IndexRebuild rebuild) {
        events.publishEvent(new KbAdminProgress.Changed(
                KbAdminProgress.INDEX_REBUILD, TenantContext.current(), IndexRebuildView.of(rebuild)));
    }

    /** The rebuild job's own outcome: the system did it (the request was recorded under its requester). */
    private static AuditEvent systemAudit(String action, UUID rebuildId, Map<String, Object> details) {
        return AuditEvent.of(
                TenantContext.current(), action, AuditEvent.Actor.SYSTEM, "index_rebuild", rebuildId, details);
    }

    private void pause() {
        if (!properties.batchPause().isZero()) {
            LockSupport.parkNanos(properties.batchPause().toNanos());
        }
    }

    /** What a person sees: the root cause's message (the stack trace is in the log). */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
