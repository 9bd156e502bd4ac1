package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.RemoteFiles;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Imports from a URL through the outbound-HTTP guard: a file served by a real local HTTP server (the test
 * configuration allows 127.0.0.1) is fetched in the background, stored and indexed like an upload; internal
 * addresses that are not allowed are refused at once or, behind a redirect, fail the import with the reason.
 */
class UrlImportTest extends ApiTestSupport {

    private final RemoteFiles remote = new RemoteFiles();
    private KnowledgeFixtures kb;
    private String owner;
    private String knowledgeBase;

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        owner = fixtures.organisation().owner().accessToken();
        knowledgeBase = kb.knowledgeBase(owner);
    }

    @AfterEach
    void stopServer() {
        remote.close();
    }

    @Test
    void anImportedFileIsFetchedStoredAndIndexedWithItsSourceUrl() {
        remote.file(
                "/files/download",
                "text/plain; charset=utf-8",
                "attachment; filename=\"okapi-notes.txt\"",
                "The okapi is a forest giraffe of the Congo basin.".getBytes(StandardCharsets.UTF_8));
        String url = remote.url("/files/download");
        JsonNode accepted = importUrl(Map.of("url", url, "title", "Okapi", "tags", List.of("animals")))
                .expect(202)
                .body();
        assertThat(accepted.path("status").asString()).isIn("fetching", "stored", "extracting");
        assertThat(accepted.path("sourceUrl").asString()).isEqualTo(url);
        assertThat(accepted.path("uploadedByName").asString()).isEqualTo("Olivia Owner");

        JsonNode indexed = kb.awaitIndexed(owner, accepted.path("id").asString());
        assertThat(indexed.path("title").asString()).isEqualTo("Okapi");
        assertThat(indexed.path("fileName").asString()).isEqualTo("okapi-notes.txt");
        assertThat(indexed.path("contentType").asString()).isEqualTo("text/plain");
        assertThat(indexed.path("size").asLong()).isEqualTo(49);
        JsonNode version = api.get("/api/v1/documents/" + indexed.path("id").asString() + "/versions")
                .bearer(owner)
                .send()
                .expect(200)
                .body()
                .get(0);
        assertThat(version.path("sourceUrl").asString()).isEqualTo(url);
        assertThat(version.path("sha256").asString()).hasSize(64);
        assertThat(kb.searchTexts(owner, "q=forest+giraffe&mode=fulltext")).anyMatch(t -> t.contains("okapi"));
    }

    @Test
    void withoutADeclaredTypeTheNameComesFromTheUrlAndTheTypeFromTheBytes() {
        remote.file(
                "/pages/tapir.html",
                null,
                null,
                "<html><head><title>Tapirs</title></head><body><p>Tapirs browse at night.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        String id = importUrl(Map.of("url", remote.url("/pages/tapir.html")))
                .expect(202)
                .field("id");
        JsonNode indexed = kb.awaitIndexed(owner, id);
        assertThat(indexed.path("title").asString()).isEqualTo("tapir.html");
        assertThat(indexed.path("contentType").asString()).isEqualTo("text/html");
    }

    @Test
    void aNewVersionCanBeImportedFromAUrl() {
        remote.file("/v1.txt", "text/plain", null, "First words about pangolins.".getBytes(StandardCharsets.UTF_8))
                .file("/v2.txt", "text/plain", null, "Second words about aardvarks.".getBytes(StandardCharsets.UTF_8));
        String id = importUrl(Map.of("url", remote.url("/v1.txt"))).expect(202).field("id");
        kb.awaitIndexed(owner, id);
        api.post("/api/v1/documents/" + id + "/versions/import", Map.of("url", remote.url("/v2.txt")))
                .bearer(owner)
                .send()
                .expect(202);
        JsonNode indexed = kb.awaitIndexed(owner, id);
        assertThat(indexed.path("currentVersion").asInt()).isEqualTo(2);
        assertThat(indexed.path("sourceUrl").asString()).isEqualTo(remote.url("/v2.txt"));
        assertThat(kb.searchTexts(owner, "q=aardvarks&mode=fulltext")).hasSize(1);
    }

    @Test
    void aMissingRemoteFileFailsTheImportWithTheStatusCode() {
        remote.status("/gone.pdf", 404);
        String id =
                importUrl(Map.of("url", remote.url("/gone.pdf"))).expect(202).field("id");
        JsonNode failed = kb.awaitFinished(owner, id);
        assertThat(failed.path("status").asString()).isEqualTo("failed");
        assertThat(failed.path("statusReason").asString()).isEqualTo("could not fetch: 404");
    }

    @Test
    void aRedirectToAnAddressThatIsNotAllowedFailsTheImport() {
        remote.redirect("/innocent.txt", "http://169.254.169.254/latest/meta-data/");
        String id = importUrl(Map.of("url", remote.url("/innocent.txt")))
                .expect(202)
                .field("id");
        JsonNode failed = kb.awaitFinished(owner, id);
        assertThat(failed.path("status").asString()).isEqualTo("failed");
        assertThat(failed.path("statusReason").asString()).startsWith("address not allowed");
    }

    @Test
    void aFileLargerThanTheUploadLimitFailsTheImport() {
        byte[] big = new byte[2 * 1024 * 1024 + 1]; // the test limit is 2MB
        Arrays.fill(big, (byte) 'a');
        remote.file("/big.txt", "text/plain", null, big);
        String id = importUrl(Map.of("url", remote.url("/big.txt"))).expect(202).field("id");
        JsonNode failed = kb.awaitFinished(owner, id);
        assertThat(failed.path("status").asString()).isEqualTo("failed");
        assertThat(failed.path("statusReason").asString()).contains("larger than the limit");
    }

    @Test
    void internalAddressesThatAreNotAllowedAreRefusedAtOnce() {
        for (String url : List.of(
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/file.txt", "http://127.0.0.2:8080/x")) {
            var refused = importUrl(Map.of("url", url)).expectProblem(422);
            assertThat(refused.body().path("type").asString()).endsWith("outbound-target-refused");
        }
        assertThat(api.get("/api/v1/knowledge-bases/" + knowledgeBase + "/documents")
                        .bearer(owner)
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
    }

    @Test
    void badUrlsAreRefusedWithTheField() {
        for (String url : List.of("ftp://example.test/a.txt", "not a url", "/relative/path", "")) {
            var refused = importUrl(Map.of("url", url)).expectProblem(422);
            assertThat(refused.body().path("errors").get(0).path("field").asString())
                    .isEqualTo("url");
        }
        var badMetadata = importUrl(Map.of("url", remote.url("/x"), "metadata", Map.of("bad key!", "v")))
                .expectProblem(422);
        assertThat(badMetadata.body().path("errors").get(0).path("field").asString())
                .startsWith("metadata");
    }

    @Test
    void importingNeedsWriteAccessToTheKnowledgeBase() {
        var org = fixtures.organisation();
        String ownersKb = kb.knowledgeBase(
                org.owner().accessToken(),
                Map.of(
                        "name",
                        Fixtures.unique("Owner only"),
                        "editors",
                        List.of(Map.of("type", "user", "id", org.ownerId()))));
        var trainer = fixtures.person(org, "TRAINER");
        api.post("/api/v1/knowledge-bases/" + ownersKb + "/documents/import", Map.of("url", remote.url("/x")))
                .bearer(trainer.session().accessToken())
                .send()
                .expectProblem(403);
    }

    private com.aigentforce.support.Api.Response importUrl(Map<String, Object> body) {
        return api.post("/api/v1/knowledge-bases/" + knowledgeBase + "/documents/import", body)
                .bearer(owner)
                .send();
    }
}
