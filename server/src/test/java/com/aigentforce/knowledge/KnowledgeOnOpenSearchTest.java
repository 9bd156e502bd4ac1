package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.OpenSearchServer;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge base on the Elasticsearch backend: a node configured with {@code AIGENTFORCE_SEARCH_BACKEND=elasticsearch}
 * indexes chunks in a real OpenSearch node (started by the test, on loopback) with the same mapping as on Lucene,
 * and full-text, vector and hybrid search, permissions inside retrieval, tenant isolation and version switching
 * behave as they do on Lucene.
 */
class KnowledgeOnOpenSearchTest {

    static OpenSearchServer search;
    static ConfigurableApplicationContext node;
    static Api api;
    static Fixtures fixtures;
    static KnowledgeFixtures kb;

    // a database of its own: other test contexts of this JVM index into Lucene and would take its ingestion jobs
    @TempDir(cleanup = CleanupMode.ALWAYS)
    static Path dataDir;

    @TempDir(cleanup = CleanupMode.ALWAYS)
    static Path searchDir;

    @BeforeAll
    static void start() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(searchDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        search = OpenSearchServer.start(searchDir);
        node = new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--aigentforce.data-dir=" + dataDir,
                        "--aigentforce.search.backend=elasticsearch",
                        "--aigentforce.search.uris=" + search.uri(),
                        "--aigentforce.search.distribution=opensearch");
        api = new Api(((WebServerApplicationContext) node).getWebServer().getPort());
        fixtures = new Fixtures(api);
        kb = new KnowledgeFixtures(api);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (search != null) {
            search.close();
        }
    }

    @Test
    void theIndexLivesOnTheClusterWithTheSharedMappingAndEveryModeFindsADocument() {
        String token = fixtures.organisation().owner().accessToken();
        String kbId = kb.knowledgeBase(token);
        String ladders = kb.uploadText(
                token, kbId, "fish.txt", "Sturgeon ladders help fish pass the weir upstream every spring.");
        String invoices = kb.uploadText(
                token, kbId, "money.txt", "Invoices are approved by the finance team before payment runs.");
        kb.awaitIndexed(token, ladders);
        kb.awaitIndexed(token, invoices);
        awaitHits(token, "mode=fulltext&q=ladders+invoices&knowledgeBaseId=" + kbId, 2);

        String mapping = search.get("/kb-chunk-v3-read/_mapping");
        assertThat(mapping)
                .contains("\"knn_vector\"")
                .contains("\"dimension\":384")
                .contains("\"metadata\"");
        assertThat(search.get("/kb-chunk-v3-read/_settings")).contains("\"english\"");

        // English analysis: "ladder" finds "ladders", highlighted
        JsonNode fullText = kb.search(token, "mode=fulltext&q=ladder&knowledgeBaseId=" + kbId);
        assertThat(documentIds(fullText)).containsExactly(ladders);
        assertThat(fullText.path("items").get(0).path("highlights").get(0).asString())
                .contains("<em>ladders</em>");
        assertThat(fullText.path("items").get(0).path("documentTitle").asString())
                .isNotBlank();
        // vector: no shared word, nearest meaning first
        assertThat(documentIds(kb.search(token, "mode=vector&limit=1&q=salmon+migration+over+a+dam")))
                .containsExactly(ladders);
        assertThat(documentIds(kb.search(token, "mode=hybrid&limit=2&q=who+approves+invoices")))
                .first()
                .isEqualTo(invoices);
    }

    @Test
    void permissionsApplyInsideRetrievalAndOtherOrganisationsFindNothing() {
        var org = fixtures.organisation();
        String owner = org.owner().accessToken();
        var member = fixtures.person(org, "LEARNER");
        var outsider = fixtures.person(org, "LEARNER");
        String teamId = api.post("/api/v1/teams", Map.of("name", Fixtures.unique("Lynx team")))
                .bearer(owner)
                .send()
                .expect(201)
                .field("id");
        api.put(
                        "/api/v1/teams/" + teamId + "/members",
                        Map.of("members", List.of(Map.of("userId", member.id().toString(), "lead", false))))
                .bearer(owner)
                .send()
                .expect(200);
        String teamKb = kb.knowledgeBase(
                owner,
                Map.of(
                        "name",
                        Fixtures.unique("Team"),
                        "readers",
                        List.of(Map.of("type", "team", "id", teamId)),
                        "editors",
                        List.of(Map.of("type", "user", "id", org.ownerId()))));
        String openKb = kb.knowledgeBase(
                owner, Map.of("name", Fixtures.unique("Open"), "readers", List.of(Map.of("type", "tenant"))));
        List<String> teamDocuments = new ArrayList<>();
        List<String> openDocuments = new ArrayList<>();
        // the team's documents match "lynx" far better than the open ones
        teamDocuments.addAll(
                kb.uploadTexts(owner, teamKb, "team", 4, i -> "Lynx lynx lynx: the lynx habitat survey number " + i));
        openDocuments.addAll(kb.uploadTexts(
                owner,
                openKb,
                "open",
                2,
                i -> "Quarterly office notes " + i + " mention a lynx once among many other topics"));
        teamDocuments.forEach(id -> kb.awaitIndexed(owner, id));
        openDocuments.forEach(id -> kb.awaitIndexed(owner, id));
        awaitHits(owner, "mode=fulltext&limit=10&q=lynx", 6);

        for (String mode : List.of("fulltext", "vector", "hybrid")) {
            assertThat(documentIds(kb.search(outsider.session().accessToken(), "limit=2&q=lynx&mode=" + mode)))
                    .as(mode)
                    .containsExactlyInAnyOrderElementsOf(openDocuments);
            // the member reads both knowledge bases: the team's documents, which match far better, lead
            List<String> forMember =
                    documentIds(kb.search(member.session().accessToken(), "limit=2&q=lynx&mode=" + mode));
            assertThat(forMember).as(mode).hasSize(2);
            assertThat(forMember.getFirst()).as(mode).isIn(teamDocuments);
            String stranger = fixtures.organisation().owner().accessToken();
            assertThat(documentIds(kb.search(stranger, "q=lynx&mode=" + mode)))
                    .as(mode)
                    .isEmpty();
            assertThat(documentIds(kb.search(stranger, "q=lynx&mode=" + mode + "&knowledgeBaseId=" + openKb)))
                    .as(mode)
                    .isEmpty();
        }
    }

    @Test
    void aNewVersionReplacesTheOldOneInSearchAndFiltersApplyToTagsAndMetadata() {
        String token = fixtures.organisation().owner().accessToken();
        String kbId = kb.knowledgeBase(token);
        String id = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file(
                                        "file",
                                        "policy.txt",
                                        "text/plain",
                                        SampleFiles.text("Refunds are paid within thirty days by the treasurer."))
                                .field("tags", "finance,policy")
                                .field("metadata", "{\"region\": \"north\"}"))
                .expect(202)
                .field("id");
        kb.awaitIndexed(token, id);
        awaitHits(token, "mode=fulltext&q=%22thirty+days%22", 1);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=refunds&tags=policy&metadata.region=north"))
                .hasSize(1);
        for (String mode : List.of("fulltext", "vector", "hybrid")) {
            assertThat(kb.searchTexts(token, "q=refunds&metadata.region=south&mode=" + mode))
                    .as(mode)
                    .isEmpty();
        }

        kb.uploadTextVersion(token, id, "policy.txt", "Refunds are paid within ten working days by finance.");
        assertThat(kb.awaitIndexed(token, id).path("currentVersion").asInt()).isEqualTo(2);
        // the new version's chunk and the old one's removal reach the cluster in one bulk request
        awaitHits(token, "mode=fulltext&q=finance", 1);

        assertThat(kb.searchTexts(token, "mode=fulltext&q=%22thirty+days%22")).isEmpty();
        assertThat(kb.searchTexts(token, "mode=fulltext&q=treasurer")).isEmpty();
        assertThat(kb.searchTexts(token, "mode=fulltext&q=finance")).hasSize(1);
        assertThat(kb.searchTexts(token, "mode=vector&q=refunds+treasurer&documentId=" + id))
                .isNotEmpty()
                .allMatch(text -> text.contains("finance"));

        api.delete("/api/v1/documents/" + id).bearer(token).send().expect(204);
        assertThat(kb.searchTexts(token, "mode=hybrid&q=refunds&knowledgeBaseId=" + kbId))
                .isEmpty();
    }

    /**
     * Waits until the cluster serves what the database already says: a version turns "indexed" when its transaction
     * commits, and Hibernate Search writes to the cluster (and refreshes it) right after, in the committing thread.
     */
    private static void awaitHits(String token, String query, int count) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> kb.searchTexts(token, query).size() == count);
    }

    private static List<String> documentIds(JsonNode result) {
        return result.path("items")
                .valueStream()
                .map(i -> i.path("documentId").asString())
                .toList();
    }
}
