package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Search serves the current version only, switches when a new one is indexed, and forgets deleted documents. */
class DocumentVersioningTest extends ApiTestSupport {

    private KnowledgeFixtures kb;
    private String token;
    private String kbId;

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        token = fixtures.organisation().owner().accessToken();
        kbId = kb.knowledgeBase(token);
    }

    @Test
    void afterANewVersionIsIndexedAPhraseOnlyInTheOldVersionNoLongerMatches() {
        String id = kb.uploadText(token, kbId, "policy.txt", "Refunds are paid within thirty days by the treasurer.");
        kb.awaitIndexed(token, id);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=%22thirty+days%22")).hasSize(1);

        kb.uploadTextVersion(token, id, "policy.txt", "Refunds are paid within ten working days by finance.");
        JsonNode document = kb.awaitIndexed(token, id);

        assertThat(document.path("currentVersion").asInt()).isEqualTo(2);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=%22thirty+days%22")).isEmpty();
        assertThat(kb.searchTexts(token, "mode=fulltext&q=treasurer")).isEmpty();
        assertThat(kb.searchTexts(token, "mode=fulltext&q=finance")).hasSize(1);
        // the vector and hybrid modes see only the current version too
        assertThat(kb.search(token, "mode=vector&q=refunds+treasurer&documentId=" + id)
                        .path("items")
                        .valueStream()
                        .map(i -> i.path("text").asString()))
                .allMatch(text -> text.contains("finance"));
        JsonNode versions = api.get("/api/v1/documents/" + id + "/versions")
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("number").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("current").asBoolean()).isTrue();
        assertThat(versions.get(1).path("current").asBoolean()).isFalse();
        assertThat(versions.get(1).path("chunkCount").asInt()).isEqualTo(1);
    }

    @Test
    void restoringTheOldVersionBringsItsPhraseBackAndTheDiffShowsTheChange() {
        String id =
                kb.uploadText(token, kbId, "rota.txt", "Night shifts start at ten.\n\nThe gecko room closes early.");
        kb.awaitIndexed(token, id);
        kb.uploadVersion(
                        token,
                        id,
                        new Multipart()
                                .file(
                                        "file",
                                        "rota.txt",
                                        "text/plain",
                                        SampleFiles.text(
                                                "Night shifts start at eleven.\n\nThe gecko room closes early.")))
                .expect(202);
        kb.awaitIndexed(token, id);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=%22at+ten%22")).isEmpty();

        JsonNode diff = api.get("/api/v1/documents/" + id + "/diff?from=1&to=2")
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(diff.path("changes").asInt()).isEqualTo(1);
        assertThat(diff.path("diff").asString())
                .contains("-Night shifts start at ten.")
                .contains("+Night shifts start at eleven.")
                .doesNotContain("-The gecko room");

        JsonNode restored = api.post("/api/v1/documents/" + id + "/versions/1/restore", null)
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(restored.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=%22at+ten%22")).hasSize(1);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=eleven")).isEmpty();
        api.post("/api/v1/documents/" + id + "/versions/9/restore", null)
                .bearer(token)
                .send()
                .expectProblem(404);
    }

    @Test
    void aDeletedDocumentLeavesSearchAtOnce() {
        String id = kb.uploadText(token, kbId, "gone.txt", "The marmoset budget was approved.");
        kb.awaitIndexed(token, id);
        assertThat(kb.searchTexts(token, "q=marmoset")).isNotEmpty();

        api.delete("/api/v1/documents/" + id).bearer(token).send().expect(204);

        assertThat(kb.searchTexts(token, "mode=fulltext&q=marmoset")).isEmpty();
        assertThat(kb.search(token, "mode=vector&q=marmoset+budget&knowledgeBaseId=" + kbId)
                        .path("items")
                        .size())
                .isZero();
        api.get("/api/v1/documents/" + id).bearer(token).send().expectProblem(404);
        // an empty knowledge base can then be deleted
        api.delete("/api/v1/knowledge-bases/" + kbId).bearer(token).send().expect(204);
    }

    @Test
    void highlightsMarkTheMatchAndEscapeTheDocumentsOwnMarkup() {
        String id = kb.uploadText(token, kbId, "x.txt", "Use <script>alert(1)</script> near the iguana pond.");
        kb.awaitIndexed(token, id);
        JsonNode hit = kb.search(token, "mode=fulltext&q=iguana&documentId=" + id)
                .path("items")
                .get(0);
        String highlight = hit.path("highlights").get(0).asString();
        assertThat(highlight)
                .contains("<em>iguana</em>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(hit.path("text").asString()).contains("<script>"); // the text itself is returned as is
    }

    @Test
    void searchFiltersByTagsAndMetadata() {
        String tagged = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file(
                                        "file",
                                        "a.txt",
                                        "text/plain",
                                        SampleFiles.text("Ocelot safety rules, edition A."))
                                .field("tags", "safety,warehouse")
                                .field("metadata", "{\"region\": \"north\", \"year\": 2026}"))
                .expect(202)
                .field("id");
        String other = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file(
                                        "file",
                                        "b.txt",
                                        "text/plain",
                                        SampleFiles.text("Ocelot safety rules, edition B."))
                                .field("tags", "[\"office\"]")
                                .field("metadata", "{\"region\": \"south\"}"))
                .expect(202)
                .field("id");
        kb.awaitIndexed(token, tagged);
        kb.awaitIndexed(token, other);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=ocelot&knowledgeBaseId=" + kbId))
                .hasSize(2);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=ocelot&tags=warehouse"))
                .containsExactly("Ocelot safety rules, edition A.");
        assertThat(kb.searchTexts(token, "mode=hybrid&q=ocelot&metadata.region=south&knowledgeBaseId=" + kbId))
                .containsExactly("Ocelot safety rules, edition B.");
        JsonNode posted = api.post(
                        "/api/v1/knowledge-base/search",
                        Map.of("q", "ocelot", "mode", "vector", "metadata", Map.of("year", "2026"), "minRelevance", 0))
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(posted.path("mode").asString()).isEqualTo("vector");
        assertThat(posted.path("items").size()).isEqualTo(1);
        assertThat(posted.path("items").get(0).path("documentId").asString()).isEqualTo(tagged);
    }
}
