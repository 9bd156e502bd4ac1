package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the document page needs after an upload: the upload policy the browser checks against, unreadable files refused
 * at once, failed documents tried again, title and tags edited, the original file downloaded and a search hit's
 * passage looked up — each for documents the caller may read only.
 */
class DocumentDetailsApiTest extends ApiTestSupport {

    private KnowledgeFixtures kb;
    private Fixtures.Org org;
    private String token;
    private String kbId;

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        org = fixtures.organisation();
        token = org.owner().accessToken();
        kbId = kb.knowledgeBase(token);
    }

    @Test
    void theUploadPolicyNamesTheLimitAndTheReadableTypes() {
        JsonNode policy = api.get("/api/v1/knowledge-bases/upload-policy")
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(policy.path("maxFileSizeBytes").asLong()).isEqualTo(2L * 1024 * 1024); // the test profile's
        JsonNode pdf = policy.path("readableTypes")
                .valueStream()
                .filter(t -> t.path("mediaType").asString().equals("application/pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(pdf.path("label").asString()).isEqualTo("PDF");
        assertThat(pdf.path("extensions").get(0).asString()).isEqualTo(".pdf");
    }

    @Test
    void aWindowsProgramIsRefusedAtUploadInASentenceAndNothingIsStored() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        // declared as text: the type is detected from the bytes, not taken from the sender
        JsonNode problem = kb.upload(token, kbId, new Multipart().file("file", "setup.txt", "text/plain", program))
                .expectProblem(415)
                .body();
        assertThat(problem.path("type").asString()).endsWith("/unsupported-file-type");
        assertThat(problem.path("detail").asString()).isEqualTo("This file type can't be read: Windows program");
        assertThat(problem.path("failureCode").asString()).isEqualTo("unsupported-type");
        assertThat(problem.path("detectedType").asString()).isEqualTo("application/x-msdownload");
        assertThat(listTotal()).isZero();
        assertThat(api.get("/api/v1/knowledge-bases/usage")
                        .bearer(token)
                        .send()
                        .expect(200)
                        .body()
                        .path("usedBytes")
                        .asLong())
                .isZero();
    }

    @Test
    void aFailedDocumentSaysWhyInASentenceAndCanBeTriedAgain() {
        String id = kb.upload(
                        token,
                        kbId,
                        new Multipart().file("file", "s.pdf", "application/pdf", SampleFiles.encryptedPdf("Secret")))
                .expect(202)
                .field("id");
        JsonNode failed = kb.awaitFinished(token, id);
        assertThat(failed.path("status").asString()).isEqualTo("failed");
        assertThat(failed.path("failureCode").asString()).isEqualTo("encrypted");
        assertThat(failed.path("statusReason").asString())
                .isEqualTo("This file is password-protected: upload a copy without a password");

        JsonNode queued = api.post("/api/v1/documents/" + id + "/retry", null)
                .bearer(token)
                .send()
                .expect(202)
                .body();
        assertThat(queued.path("status").asString()).isNotEqualTo("failed");
        assertThat(queued.path("failureCode").isNull()).isTrue();
        assertThat(queued.path("statusReason").isNull()).isTrue();
        // it ran again (and the file is still encrypted): one fresh attempt, the same reason
        JsonNode again = kb.awaitFinished(token, id);
        assertThat(again.path("failureCode").asString()).isEqualTo("encrypted");
        JsonNode version = api.get("/api/v1/documents/" + id + "/versions")
                .bearer(token)
                .send()
                .expect(200)
                .body()
                .get(0);
        assertThat(version.path("attempts").asInt()).isEqualTo(1);
        JsonNode retried = awaitAuditEntry(token, "document.retried");
        assertThat(retried.path("targetId").asString()).isEqualTo(id);
        assertThat(retried.path("details").path("version").asInt()).isEqualTo(1);
        assertThat(version.path("failureCode").asString()).isEqualTo("encrypted");
    }

    @Test
    void onlyAFailedDocumentCanBeTriedAgain() {
        String id = kb.uploadText(token, kbId, "fine.txt", "The tapir enclosure opens at noon.");
        kb.awaitIndexed(token, id);
        JsonNode problem = api.post("/api/v1/documents/" + id + "/retry", null)
                .bearer(token)
                .send()
                .expectProblem(409)
                .body();
        assertThat(problem.path("type").asString()).endsWith("/document-not-failed");
    }

    @Test
    void aNewTitleShowsInSearchAndNewTagsFilterIt() {
        String id = kb.upload(
                        token,
                        kbId,
                        new Multipart()
                                .file("file", "n.txt", "text/plain", bytes("The narwhal feeding schedule is posted."))
                                .field("tags", "old"))
                .expect(202)
                .field("id");
        kb.awaitIndexed(token, id);
        JsonNode edited = api.method(
                        "PATCH",
                        "/api/v1/documents/" + id,
                        Map.of("title", "  Narwhal care  ", "tags", List.of("care")))
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(edited.path("title").asString()).isEqualTo("Narwhal care");
        assertThat(edited.path("tags").get(0).asString()).isEqualTo("care");
        JsonNode hit = kb.search(token, "mode=fulltext&q=narwhal").path("items").get(0);
        assertThat(hit.path("documentTitle").asString()).isEqualTo("Narwhal care");
        assertThat(kb.searchTexts(token, "mode=fulltext&q=narwhal&tags=care")).hasSize(1);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=narwhal&tags=old")).isEmpty();
        JsonNode audit = awaitAuditEntry(token, "document.updated");
        assertThat(audit.path("targetId").asString()).isEqualTo(id);
        assertThat(audit.path("details").path("title").path("to").asString()).isEqualTo("Narwhal care");
        assertThat(audit.path("targetName").asString()).isEqualTo("Narwhal care");

        // an absent field stays as it is
        api.method("PATCH", "/api/v1/documents/" + id, Map.of("tags", List.of()))
                .bearer(token)
                .send()
                .expect(200);
        JsonNode after = api.get("/api/v1/documents/" + id)
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(after.path("title").asString()).isEqualTo("Narwhal care");
        assertThat(after.path("tags").size()).isZero();
    }

    @Test
    void badEditsAreRefusedWith422() {
        String id = kb.uploadText(token, kbId, "b.txt", "Bison.");
        for (Map<String, Object> bad : List.<Map<String, Object>>of(
                Map.of("title", ""),
                Map.of("title", "   "),
                Map.of("title", "x".repeat(501)),
                Map.of("tags", Collections.nCopies(51, "t")),
                Map.of("tags", List.of("x".repeat(65))),
                Map.of("tags", List.of(" ")))) {
            JsonNode problem = api.method("PATCH", "/api/v1/documents/" + id, bad)
                    .bearer(token)
                    .send()
                    .expectProblem(422)
                    .body();
            assertThat(problem.path("errors").size()).as(bad.toString()).isPositive();
        }
        assertThat(api.get("/api/v1/documents/" + id)
                        .bearer(token)
                        .send()
                        .expect(200)
                        .field("title"))
                .isEqualTo("b.txt");
    }

    @Test
    void theOriginalFileDownloadsWithItsNameAndBytes() {
        String text = "Okapi notes: ünïcödé survives.";
        String name = "Résumé \"Q1\"; report.txt";
        String id = kb.upload(token, kbId, new Multipart().file("file", name, "text/plain", bytes(text)))
                .expect(202)
                .field("id");
        String versionId = api.get("/api/v1/documents/" + id + "/versions")
                .bearer(token)
                .send()
                .expect(200)
                .body()
                .get(0)
                .path("id")
                .asString();
        var download = api.get("/api/v1/documents/" + id + "/versions/" + versionId + "/file")
                .bearer(token)
                .send()
                .expect(200);
        assertThat(download.text()).isEqualTo(text);
        assertThat(download.header("Content-Type")).startsWith("text/plain");
        String disposition = download.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;");
        assertThat(disposition).contains("filename*=UTF-8''R%C3%A9sum%C3%A9%20%22Q1%22%3B%20report.txt");
        api.get("/api/v1/documents/" + id + "/versions/" + id + "/file")
                .bearer(token)
                .send()
                .expectProblem(404);
    }

    @Test
    void aSearchHitsPassageIsFoundByItsChunkId() {
        String id = kb.uploadText(token, kbId, "p.txt", "Pangolins roll into a ball when threatened.");
        String other = kb.uploadText(token, kbId, "q.txt", "Quokkas smile.");
        kb.awaitIndexed(token, id);
        JsonNode hit =
                kb.search(token, "mode=fulltext&q=pangolins").path("items").get(0);
        String chunkId = hit.path("chunkId").asString();
        JsonNode passage = api.get("/api/v1/documents/" + id + "/chunks/" + chunkId)
                .bearer(token)
                .send()
                .expect(200)
                .body();
        assertThat(passage.path("text").asString()).isEqualTo(hit.path("text").asString());
        assertThat(passage.path("versionNumber").asInt()).isEqualTo(1);
        // the chunk is named only under its own document
        api.get("/api/v1/documents/" + other + "/chunks/" + chunkId)
                .bearer(token)
                .send()
                .expectProblem(404);
    }

    @Test
    void othersCannotEditRetryDownloadOrReadPassages() {
        String id = kb.uploadText(token, kbId, "s.txt", "Serval sightings.");
        kb.awaitIndexed(token, id);
        String versionId = api.get("/api/v1/documents/" + id + "/versions")
                .bearer(token)
                .send()
                .expect(200)
                .body()
                .get(0)
                .path("id")
                .asString();
        String chunkId = kb.search(token, "mode=fulltext&q=serval")
                .path("items")
                .get(0)
                .path("chunkId")
                .asString();
        // a learner reads the organisation's knowledge base but may not change documents
        String learner = fixtures.person(org, "LEARNER").session().accessToken();
        api.get("/api/v1/documents/" + id + "/versions/" + versionId + "/file")
                .bearer(learner)
                .send()
                .expect(200);
        api.method("PATCH", "/api/v1/documents/" + id, Map.of("title", "Mine"))
                .bearer(learner)
                .send()
                .expectProblem(403);
        // a person the knowledge base is not shared with does not see the document at all
        String privateKb = kb.knowledgeBase(
                token,
                Map.of(
                        "name",
                        Fixtures.unique("Private"),
                        "readers",
                        List.of(Map.of("type", "user", "id", org.ownerId()))));
        String hidden = kb.uploadText(token, privateKb, "h.txt", "Hidden hyena.");
        String hiddenVersion = api.get("/api/v1/documents/" + hidden + "/versions")
                .bearer(token)
                .send()
                .expect(200)
                .body()
                .get(0)
                .path("id")
                .asString();
        api.get("/api/v1/documents/" + hidden + "/versions/" + hiddenVersion + "/file")
                .bearer(learner)
                .send()
                .expectProblem(404);
        // another organisation's owner sees nothing of it
        String stranger = fixtures.organisation().owner().accessToken();
        api.method("PATCH", "/api/v1/documents/" + id, Map.of("title", "Mine"))
                .bearer(stranger)
                .send()
                .expectProblem(404);
        api.post("/api/v1/documents/" + id + "/retry", null)
                .bearer(stranger)
                .send()
                .expectProblem(404);
        api.get("/api/v1/documents/" + id + "/versions/" + versionId + "/file")
                .bearer(stranger)
                .send()
                .expectProblem(404);
        api.get("/api/v1/documents/" + id + "/chunks/" + chunkId)
                .bearer(stranger)
                .send()
                .expectProblem(404);
        assertThat(api.get("/api/v1/documents/" + id)
                        .bearer(token)
                        .send()
                        .expect(200)
                        .field("title"))
                .isEqualTo("s.txt");
    }

    private long listTotal() {
        return api.get("/api/v1/knowledge-bases/" + kbId + "/documents")
                .bearer(token)
                .send()
                .expect(200)
                .body()
                .path("total")
                .asLong();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
