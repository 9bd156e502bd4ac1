package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.SampleFiles;
import com.aigentforce.support.ApiTestSupport;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Files that cannot be ingested fail with a reason a person understands (and a code for programs), and leave nothing
 * in search; a file of a type that cannot be read is refused at upload.
 */
class FailedIngestionTest extends ApiTestSupport {

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
    void anEncryptedPdfFailsAsEncryptedPdf() {
        JsonNode document = uploadAndWait("secret.pdf", "application/pdf", SampleFiles.encryptedPdf("Hidden wombat"));
        assertFailed(document, "encrypted", "This file is password-protected: upload a copy without a password");
        assertThat(kb.searchTexts(token, "mode=fulltext&q=wombat")).isEmpty();
    }

    @Test
    void aCorruptFileFailsAsCorrupt() {
        byte[] pdf = SampleFiles.pdf("Broken", "Someone", List.of("Broken dingo text"));
        byte[] truncated = Arrays.copyOf(pdf, 60);
        JsonNode document = uploadAndWait("broken.pdf", "application/pdf", truncated);
        assertFailed(document, "corrupt", "This file is damaged, or is not the kind of file its name says");
        assertThat(kb.searchTexts(token, "mode=fulltext&q=dingo")).isEmpty();
    }

    @Test
    void anEmptyFileHasNoExtractableText() {
        String none = "No text could be found in this file";
        assertFailed(uploadAndWait("empty.txt", "text/plain", new byte[0]), "no-text", none);
        assertFailed(uploadAndWait("blank.txt", "text/plain", SampleFiles.text("   \n\n  ")), "no-text", none);
    }

    @Test
    void anUnsupportedTypeIsRefusedAtUploadAndNamedAsSuch() {
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        JsonNode problem = kb.upload(
                        token, kbId, new Multipart().file("file", "archive.bin", "application/octet-stream", noise))
                .expectProblem(415)
                .body();
        assertThat(problem.path("detail").asString())
                .isEqualTo("This file type can't be read: unrecognised binary data");
        assertThat(problem.path("failureCode").asString()).isEqualTo("unsupported-type");
    }

    @Test
    void anOversizedFileIsRefusedWith413AndNothingIsStored() {
        byte[] big = new byte[3 * 1024 * 1024]; // the test profile's limit is 2 MB
        Arrays.fill(big, (byte) 'a');
        kb.upload(token, kbId, new Multipart().file("file", "big.txt", "text/plain", big))
                .expectProblem(413);
        assertThat(api.get("/api/v1/knowledge-bases/" + kbId + "/documents")
                        .bearer(token)
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asInt())
                .isZero();
    }

    @Test
    void aFailedVersionKeepsTheCurrentVersionSearchable() {
        String id = kb.uploadText(token, kbId, "a.txt", "The okapi enclosure opens at nine.");
        kb.awaitIndexed(token, id);
        kb.uploadVersion(
                        token,
                        id,
                        new Multipart().file("file", "a.pdf", "application/pdf", SampleFiles.encryptedPdf("x")))
                .expect(202);
        JsonNode document = kb.awaitFinished(token, id);
        assertFailed(document, "encrypted", "This file is password-protected: upload a copy without a password");
        assertThat(document.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(kb.searchTexts(token, "mode=fulltext&q=okapi")).hasSize(1);
    }

    private JsonNode uploadAndWait(String fileName, String contentType, byte[] content) {
        String id = kb.upload(token, kbId, new Multipart().file("file", fileName, contentType, content))
                .expect(202)
                .field("id");
        return kb.awaitFinished(token, id);
    }

    private void assertFailed(JsonNode document, String code, String reason) {
        assertThat(document.path("status").asString()).as(document.toString()).isEqualTo("failed");
        assertThat(document.path("failureCode").asString()).isEqualTo(code);
        assertThat(document.path("statusReason").asString()).isEqualTo(reason);
        assertThat(document.path("currentVersion").isNull()
                        || document.path("currentVersion").asInt() == 1)
                .isTrue();
    }
}
