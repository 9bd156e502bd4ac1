package com.aigentforce.knowledge.internal.rebuild;

import com.aigentforce.knowledge.internal.document.Document;
import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the current tenant's (the {@code TenantContext}'s) chunk index entries in place, so search keeps serving
 * complete results throughout: nothing is purged first.
 *
 * <ol>
 *   <li>Every searchable chunk is re-indexed in id order, batch by batch. Lucene replaces a document by id atomically
 *       (delete and add in one update), so a reader sees the old entry or the new one, never none and never two.
 *   <li>Then the tenant's index entries are read back (ids only) and each one whose row is gone or no longer
 *       searchable is removed — entries a crash or an out-of-band change left behind.
 * </ol>
 *
 * <p>Hibernate Search's MassIndexer is not used: with {@code purgeAllOnStart(false)} it <em>adds</em> documents
 * (Lucene {@code addDocuments}), which duplicates every entry already in the index, and purging first would empty
 * search results until the end. Its monitoring vocabulary is kept (entities loaded and documents added).
 *
 * <p>Concurrent writers: a batch holds {@code FOR SHARE} locks on its chunks' documents from reading the chunks until
 * their index entries are written. Every change of a chunk's searchability (a new version published, a restore, a
 * delete) first locks or updates its document row, so it waits for the batch, and its own index work (after its
 * commit) lands after the batch's — a rebuild never writes back a state older than one already indexed.
 */
@Component
class ChunkReindexer {

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;

    ChunkReindexer(
            EntityManager entityManager,
            EntityManagerFactory entityManagerFactory,
            PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.tx = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Receives each finished batch: how many chunks are done in all and the last chunk id re-indexed. */
    @FunctionalInterface
    interface BatchListener {
        void batchIndexed(long done, UUID lastChunk);
    }

    /** How many searchable chunks have an id above {@code after} (all of them when null). */
    long countSearchable(UUID after) {
        return readOnly.execute(s -> entityManager
                .createQuery(
                        "select count(c) from Chunk c where c.searchable = true and (:after is null or c.id > :after)",
                        Long.class)
                .setParameter("after", after)
                .getSingleResult());
    }

    /**
     * Re-indexes the searchable chunks whose id is above {@code after} (all of them when null), {@code batchSize} at a
     * time, and returns how many it re-indexed.
     */
    long reindex(UUID after, long doneBefore, int batchSize, BatchListener listener) {
        UUID cursor = after;
        long done = doneBefore;
        while (true) {
            List<ChunkRef> batch = nextBatch(cursor, batchSize);
            if (batch.isEmpty()) {
                return done - doneBefore;
            }
            tx.executeWithoutResult(s -> {
                lockDocuments(batch.stream().map(ChunkRef::documentId).collect(Collectors.toSet()));
                List<Chunk> chunks = entityManager
                        .createQuery("select c from Chunk c where c.id in :ids", Chunk.class)
                        .setParameter("ids", batch.stream().map(ChunkRef::id).toList())
                        .getResultList();
                SearchSession search = indexingSession();
                // a chunk hidden since the batch was listed is removed by its routing (not searchable: not indexed)
                chunks.forEach(search.indexingPlan()::addOrUpdate);
                search.indexingPlan().execute();
            });
            if (Thread.currentThread().isInterrupted()) {
                throw new RebuildInterrupted();
            }
            cursor = batch.getLast().id();
            done += batch.size();
            listener.batchIndexed(done, cursor);
        }
    }

    /** Removes the tenant's index entries whose chunk is gone or no longer searchable; returns how many. */
    long removeStaleEntries(int batchSize) {
        long removed = 0;
        EntityManager reader = entityManagerFactory.createEntityManager();
        try (SearchScroll<UUID> scroll = Search.session(reader)
                .search(Chunk.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.matchAll())
                .scroll(batchSize)) {
            // the scroll reads one snapshot of the index; removals below do not shift it
            for (SearchScrollResult<UUID> page = scroll.next(); page.hasHits(); page = scroll.next()) {
                List<UUID> ids = page.hits();
                removed += tx.execute(s -> removeStale(ids));
            }
        } finally {
            reader.close();
        }
        return removed;
    }

    /** Makes the tenant's index changes durable (a Lucene commit). */
    void flush() {
        Search.mapping(entityManagerFactory)
                .scope(Chunk.class)
                .workspace(TenantContext.current())
                .flush();
    }

    private long removeStale(List<UUID> ids) {
        Map<UUID, UUID> documentOfStale = new HashMap<>();
        Set<UUID> searchable = new HashSet<>();
        entityManager
                .createQuery("select c.id, c.documentId, c.searchable from Chunk c where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> {
                    if ((Boolean) row[2]) {
                        searchable.add((UUID) row[0]);
                    } else {
                        documentOfStale.put((UUID) row[0], (UUID) row[1]);
                    }
                });
        List<UUID> gone = ids.stream()
                .filter(id -> !searchable.contains(id) && !documentOfStale.containsKey(id))
                .toList();
        if (gone.isEmpty() && documentOfStale.isEmpty()) {
            return 0;
        }
        SearchSession search = indexingSession();
        // a deleted chunk never returns (ids are never reused): its entry goes without further checks
        gone.forEach(id -> search.indexingPlan().purge(Chunk.class, id, null));
        long removed = gone.size();
        if (!documentOfStale.isEmpty()) {
            lockDocuments(new HashSet<>(documentOfStale.values()));
            // read again under the locks: a chunk shown again meanwhile is re-indexed, not removed
            List<Chunk> hidden = entityManager
                    .createQuery("select c from Chunk c where c.id in :ids", Chunk.class)
                    .setParameter("ids", documentOfStale.keySet())
                    .getResultList();
            hidden.forEach(search.indexingPlan()::addOrUpdate);
            removed += hidden.stream().filter(c -> !c.searchable()).count();
        }
        search.indexingPlan().execute();
        return removed;
    }

    private List<ChunkRef> nextBatch(UUID after, int batchSize) {
        return readOnly.execute(s -> entityManager
                .createQuery(
                        "select new com.aigentforce.knowledge.internal.rebuild.ChunkReindexer$ChunkRef(c.id, c.documentId)"
                                + " from Chunk c where c.searchable = true and (:after is null or c.id > :after)"
                                + " order by c.id",
                        ChunkRef.class)
                .setParameter("after", after)
                .setMaxResults(batchSize)
                .getResultList());
    }

    private void lockDocuments(Set<UUID> documentIds) {
        entityManager
                .createQuery("select d from Document d where d.id in :ids order by d.id", Document.class)
                .setParameter("ids", documentIds)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultList();
    }

    /** Writes wait for the index work but not for a commit and refresh each: the job flushes once at the end. */
    private SearchSession indexingSession() {
        SearchSession search = Search.session(entityManager);
        search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        return search;
    }

    record ChunkRef(UUID id, UUID documentId) {}

    /** The node is stopping (its job thread was interrupted): the rebuild resumes from its cursor later. */
    static final class RebuildInterrupted extends RuntimeException {
        RebuildInterrupted() {
            super("interrupted: the node is stopping");
        }
    }
}
