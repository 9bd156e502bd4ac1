package com.aigentforce.knowledge.internal.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.realtime.WsClient;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import com.aigentforce.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A rebuild re-indexes a tenant's chunks in place: search answers the same results while it runs, entries purged from
 * the index out of band come back, entries of deleted rows go, and other tenants' index entries stay as they were.
 * Small batches with a pause make the rebuild last long enough for searches to overlap it.
 */
@TestPropertySource(
        properties = {
            "aigentforce.knowledge.index-rebuild.batch-size=2",
            "aigentforce.knowledge.index-rebuild.batch-pause=40ms",
            "aigentforce.knowledge.index-rebuild.progress-interval=100ms"
        })
class IndexRebuildTest extends ApiTestSupport {

    private static final String REBUILD = "/api/v1/knowledge-base/index/rebuild";

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    IndexRebuildService rebuilds;

    @Test
    void searchAnswersTheSameResultsWhileARebuildRunsAndARebuildRestoresPurgedEntries() {
        var org = fixtures.organisation();
        String owner = org.owner().accessToken();
        var kb = new KnowledgeFixtures(api);
        String kbId = kb.knowledgeBase(owner);
        String manual = kb.uploadText(owner, kbId, "manual.txt", manual(240));
        List<String> notes = new ArrayList<>();
        for (String note : List.of("The axolotl regrows a lost limb.", "Feed the axolotl twice a week.")) {
            notes.add(kb.uploadText(owner, kbId, Fixtures.unique("note") + ".txt", note));
        }
        kb.awaitIndexed(owner, manual);
        notes.forEach(id -> kb.awaitIndexed(owner, id));
        var other = fixtures.organisation();
        String otherOwner = other.owner().accessToken();
        String otherDoc = kb.uploadText(
                otherOwner, kb.knowledgeBase(otherOwner), "other.txt", "The other organisation's axolotl notes.");
        kb.awaitIndexed(otherOwner, otherDoc);

        // a chunk row deleted behind Hibernate Search's back leaves a stale entry, in each organisation
        deleteOneChunkRowOutOfBand(org.tenantId(), UUID.fromString(notes.get(1)));
        UUID otherStale = deleteOneChunkRowOutOfBand(other.tenantId(), UUID.fromString(otherDoc));
        long otherEntries = indexEntries(other.tenantId());
        long searchable = searchableChunks(org.tenantId());
        assertThat(indexEntries(org.tenantId())).isEqualTo(searchable + 1);
        assertThat(searchable).isGreaterThan(30);

        Set<String> axolotl = chunkIds(owner, "mode=fulltext&q=axolotl");
        Set<String> phrase = chunkIds(owner, "mode=fulltext&q=%22procedure+233%22");
        assertThat(axolotl).hasSize(1); // the second note's only chunk row is gone
        assertThat(phrase).hasSize(1);

        String id = api.post(REBUILD, null).bearer(owner).send().expect(202).field("id");
        api.post(REBUILD, null).bearer(owner).send().expectProblem(409);
        int searchesWhileRunning = 0;
        JsonNode rebuild;
        do {
            String before = status(owner, id);
            assertThat(chunkIds(owner, "mode=fulltext&q=axolotl")).isEqualTo(axolotl);
            assertThat(chunkIds(owner, "mode=fulltext&q=%22procedure+233%22")).isEqualTo(phrase);
            rebuild =
                    api.get(REBUILD + "/" + id).bearer(owner).send().expect(200).body();
            if (before.equals("running") && rebuild.path("status").asString().equals("running")) {
                searchesWhileRunning++;
            }
        } while (!finished(rebuild.path("status").asString()));

        assertThat(searchesWhileRunning)
                .as("searches that overlapped the rebuild")
                .isGreaterThan(0);
        assertThat(rebuild.path("status").asString()).isEqualTo("completed");
        assertThat(rebuild.path("entitiesTotal").asLong()).isEqualTo(searchable);
        assertThat(rebuild.path("entitiesDone").asLong()).isEqualTo(searchable);
        assertThat(rebuild.path("removedEntries").asLong()).isEqualTo(1);
        assertThat(rebuild.path("finishedAt").isNull()).isFalse();
        assertThat(indexEntries(org.tenantId())).isEqualTo(searchable);
        // the other organisation's index, stale entry included, is untouched
        assertThat(indexEntries(other.tenantId())).isEqualTo(otherEntries);
        assertThat(indexedIds(other.tenantId())).contains(otherStale);

        // an index purged out of band answers nothing until a rebuild brings every entry back
        Search.mapping(entityManagerFactory)
                .scope(Chunk.class)
                .workspace(org.tenantId())
                .purge();
        assertThat(chunkIds(owner, "mode=fulltext&q=axolotl")).isEmpty();
        try (WsClient admin = WsClient.authenticated(port, owner)) {
            String second =
                    api.post(REBUILD, null).bearer(owner).send().expect(202).field("id");
            JsonNode event;
            do {
                event = admin.awaitType("knowledge:index_rebuild");
            } while (!finished(event.path("data").path("status").asString()));
            assertThat(event.path("data").path("id").asString()).isEqualTo(second);
            assertThat(event.path("data").path("status").asString()).isEqualTo("completed");
            assertThat(event.path("data").path("entitiesDone").asLong()).isEqualTo(searchable);
        }
        assertThat(chunkIds(owner, "mode=fulltext&q=axolotl")).isEqualTo(axolotl);
        assertThat(chunkIds(owner, "mode=fulltext&q=%22procedure+233%22")).isEqualTo(phrase);
        assertThat(indexEntries(org.tenantId())).isEqualTo(searchable);
        assertThat(indexEntries(other.tenantId())).isEqualTo(otherEntries);

        JsonNode list = api.get("/api/v1/knowledge-base/index/rebuilds")
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(list.path("total").asLong()).isEqualTo(2);
        assertThat(list.path("items").get(1).path("id").asString()).isEqualTo(id);
        assertThat(api.get("/api/v1/knowledge-base/index/rebuilds")
                        .bearer(otherOwner)
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void aRebuildLeftRunningByAStoppedNodeResumesAfterItsSavedCursor() {
        var org = fixtures.organisation();
        String owner = org.owner().accessToken();
        var kb = new KnowledgeFixtures(api);
        String kbId = kb.knowledgeBase(owner);
        for (String note : List.of("Otters hold hands.", "Otters use stones.", "Otters groom often.")) {
            kb.awaitIndexed(owner, kb.uploadText(owner, kbId, Fixtures.unique("otter") + ".txt", note));
        }
        List<UUID> chunks = jdbc.sql("select id from kb_chunk where tenant_id = ? order by id")
                .param(org.tenantId())
                .query(UUID.class)
                .list();
        assertThat(chunks).hasSize(3);
        // what a node stopped after its first saved batch leaves behind: running, one chunk done, its cursor
        UUID id = UUID.randomUUID();
        tx.executeWithoutResult(s -> jdbc.sql("insert into kb_index_rebuild (id, tenant_id, status, entities_total,"
                        + " entities_done, cursor_id, requested_by, requested_at, started_at, updated_at)"
                        + " values (?, ?, 'running', 3, 1, ?, ?, now() - interval '1 minute',"
                        + " now() - interval '1 minute', now() - interval '1 minute')")
                .params(id, org.tenantId(), chunks.getFirst(), org.ownerId())
                .update());
        Search.mapping(entityManagerFactory)
                .scope(Chunk.class)
                .workspace(org.tenantId())
                .purge();

        rebuilds.run(org.tenantId(), id); // as the job queue runs it again on the next node

        JsonNode rebuild =
                api.get(REBUILD + "/" + id).bearer(owner).send().expect(200).body();
        assertThat(rebuild.path("status").asString()).isEqualTo("completed");
        assertThat(rebuild.path("entitiesDone").asLong()).isEqualTo(3);
        assertThat(rebuild.path("entitiesTotal").asLong()).isEqualTo(3);
        // only the chunks after the cursor were re-indexed: the first one's entry (purged above) stays missing
        assertThat(indexedIds(org.tenantId())).containsExactlyInAnyOrderElementsOf(chunks.subList(1, 3));
    }

    private static String manual(int sections) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sections; i++) {
            text.append("Section ")
                    .append(i)
                    .append(" of the operations manual describes procedure ")
                    .append(i)
                    .append(" for the night shift, its checks and who signs it off.\n\n");
        }
        return text.toString();
    }

    private String status(String token, String id) {
        return api.get(REBUILD + "/" + id).bearer(token).send().expect(200).field("status");
    }

    private static boolean finished(String status) {
        return status.equals("completed") || status.equals("failed");
    }

    private Set<String> chunkIds(String token, String query) {
        return new HashSet<>(new KnowledgeFixtures(api)
                .search(token, query)
                .path("items")
                .valueStream()
                .map(i -> i.path("chunkId").asString())
                .toList());
    }

    /** Deletes one chunk row of the document with plain SQL: its index entry stays. Returns the chunk id. */
    private UUID deleteOneChunkRowOutOfBand(UUID tenant, UUID documentId) {
        UUID chunk = jdbc.sql("select id from kb_chunk where tenant_id = ? and document_id = ? limit 1")
                .params(tenant, documentId)
                .query(UUID.class)
                .single();
        tx.executeWithoutResult(
                s -> jdbc.sql("delete from kb_chunk where id = ?").param(chunk).update());
        await().atMost(Duration.ofSeconds(5)).until(() -> indexedIds(tenant).contains(chunk));
        return chunk;
    }

    private long searchableChunks(UUID tenant) {
        return jdbc.sql("select count(*) from kb_chunk where tenant_id = ? and searchable")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    private long indexEntries(UUID tenant) {
        return indexedIds(tenant).size();
    }

    /** The ids of the tenant's entries in the index itself (nothing loaded from the database). */
    private List<UUID> indexedIds(UUID tenant) {
        return TenantContext.callAs(tenant, () -> {
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                return Search.session(em)
                        .search(Chunk.class)
                        .select(f -> f.id(UUID.class))
                        .where(f -> f.matchAll())
                        .fetchAllHits();
            } finally {
                em.close();
            }
        });
    }
}
