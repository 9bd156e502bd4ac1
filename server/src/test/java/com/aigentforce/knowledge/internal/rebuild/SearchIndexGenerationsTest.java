package com.aigentforce.knowledge.internal.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new generation of the search index is filled from PostgreSQL once: the first start that does not find it recorded
 * queues a rebuild for each organisation with chunks; later starts queue nothing. Retired generations' Lucene
 * directories are removed.
 */
class SearchIndexGenerationsTest extends ApiTestSupport {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndexGenerations generations;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aNewIndexGenerationIsRebuiltFromTheDatabaseOnceForEachOrganisationWithChunks() {
        var org = fixtures.organisation();
        String owner = org.owner().accessToken();
        var kb = new KnowledgeFixtures(api);
        String kbId = kb.knowledgeBase(owner);
        String doc = kb.uploadText(owner, kbId, "otters.txt", "Sea otters hold hands while they sleep.");
        kb.awaitIndexed(owner, doc);
        assertThat(generationRecorded()).isTrue(); // this context's start recorded it

        // as if this generation's index had just been created next to a database indexed into an older one
        Search.mapping(entityManagerFactory)
                .scope(Chunk.class)
                .workspace(org.tenantId())
                .purge();
        assertThat(hits(owner)).isZero();
        tx.executeWithoutResult(s -> jdbc.sql("delete from kb_search_index where name = ?")
                .param(Chunk.INDEX)
                .update());
        long rebuildsBefore = rebuilds(org.tenantId());

        generations.fillNewGeneration();

        assertThat(rebuilds(org.tenantId())).isEqualTo(rebuildsBefore + 1);
        assertThat(generationRecorded()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> hits(owner) == 1);

        generations.fillNewGeneration(); // recorded now: nothing more is queued
        assertThat(rebuilds(org.tenantId())).isEqualTo(rebuildsBefore + 1);
    }

    private boolean generationRecorded() {
        return jdbc.sql("select count(*) from kb_search_index where name = ?")
                        .param(Chunk.INDEX)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private long rebuilds(UUID tenant) {
        return jdbc.sql("select count(*) from kb_index_rebuild where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    private int hits(String token) {
        return api.get("/api/v1/knowledge-base/search?mode=fulltext&q=otters")
                .bearer(token)
                .send()
                .expect(200)
                .body()
                .path("items")
                .size();
    }
}
