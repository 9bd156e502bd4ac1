package com.aigentforce.knowledge.internal.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import com.aigentforce.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The operator command {@code --aigentforce.command=rebuild-index} rebuilds every organisation's index: after an index
 * lost its entries (purged out of band) and kept one of a deleted row, the command's run leaves each organisation's
 * index holding exactly its searchable chunks, and search finds them again.
 */
class RebuildIndexCommandTest {

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path dataDir;

    @Test
    void rebuildIndexCommandLeavesEveryOrganisationsIndexComplete() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Fixtures.Org> orgs = new ArrayList<>();
        try (ConfigurableApplicationContext node = start()) {
            Api api = new Api(port(node));
            KnowledgeFixtures kb = new KnowledgeFixtures(api);
            for (String animal : List.of("axolotl", "pangolin")) {
                Fixtures.Org org = new Fixtures(api).organisation();
                String token = org.owner().accessToken();
                String kbId = kb.knowledgeBase(token);
                kb.awaitIndexed(token, kb.uploadText(token, kbId, "a.txt", "Care notes for the " + animal + "."));
                kb.awaitIndexed(token, kb.uploadText(token, kbId, "b.txt", "Feeding the " + animal + " at dusk."));
                orgs.add(org);
            }
            // the first organisation's entries are gone from the index; the second keeps one of a deleted row
            Search.mapping(node.getBean(EntityManagerFactory.class))
                    .scope(Chunk.class)
                    .workspace(orgs.getFirst().tenantId())
                    .purge();
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            node.getBean(TransactionTemplate.class)
                    .executeWithoutResult(tx -> jdbc.sql("delete from kb_chunk where id = (select id from kb_chunk"
                                    + " where tenant_id = ? order by id limit 1)")
                            .param(orgs.getLast().tenantId())
                            .update());
            assertThat(indexedIds(node, orgs.getFirst().tenantId())).isEmpty();
            assertThat(indexedIds(node, orgs.getLast().tenantId())).hasSize(2);
        }

        try (ConfigurableApplicationContext command = start("--aigentforce.command=rebuild-index")) {
            for (Fixtures.Org org : orgs) {
                assertThat(indexedIds(command, org.tenantId()))
                        .containsExactlyInAnyOrderElementsOf(searchableChunkIds(command, org.tenantId()));
            }
            assertThat(indexedIds(command, orgs.getFirst().tenantId())).hasSize(2);
            assertThat(indexedIds(command, orgs.getLast().tenantId())).hasSize(1);
            Api api = new Api(port(command));
            assertThat(new KnowledgeFixtures(api)
                            .searchTexts(orgs.getFirst().owner().accessToken(), "mode=fulltext&q=axolotl"))
                    .hasSize(2);
            assertThat(command.getBean(JdbcClient.class)
                            .sql("select status from kb_index_rebuild order by requested_at")
                            .query(String.class)
                            .list())
                    .containsExactly("completed", "completed");
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--aigentforce.data-dir=" + dataDir,
                "--aigentforce.db.embedded-clean=false",
                "--aigentforce.knowledge.index-dir=" + dataDir.resolve("index")));
        args.addAll(List.of(extra));
        return AiGentForceApplication.start(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static List<UUID> searchableChunkIds(ConfigurableApplicationContext node, UUID tenant) {
        return node.getBean(JdbcClient.class)
                .sql("select id from kb_chunk where tenant_id = ? and searchable")
                .param(tenant)
                .query(UUID.class)
                .list();
    }

    /** The ids of the tenant's entries in the index itself (nothing loaded from the database). */
    private static List<UUID> indexedIds(ConfigurableApplicationContext node, UUID tenant) {
        EntityManagerFactory factory = node.getBean(EntityManagerFactory.class);
        return TenantContext.callAs(tenant, () -> {
            EntityManager em = factory.createEntityManager();
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
