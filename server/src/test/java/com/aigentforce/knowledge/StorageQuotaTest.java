package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.knowledge.support.RemoteFiles;
import com.aigentforce.support.ApiTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The default storage quota (from configuration, here 3 MB per organisation): uploads, new versions and URL imports
 * past it are refused with 413 storage-quota-exceeded naming used and limit; the usage endpoint shows both.
 */
@TestPropertySource(properties = "aigentforce.knowledge.tenant-storage-quota=3MB")
class StorageQuotaTest extends ApiTestSupport {

    private static final int MB = 1024 * 1024;

    @Test
    void storingPastTheQuotaIsRefusedWithUsedAndLimit() {
        KnowledgeFixtures kb = new KnowledgeFixtures(api);
        String owner = fixtures.organisation().owner().accessToken();
        String knowledgeBase = kb.knowledgeBase(owner);
        JsonNode empty = usage(owner);
        assertThat(empty.path("usedBytes").asLong()).isZero();
        assertThat(empty.path("limitBytes").asLong()).isEqualTo(3L * MB);

        String first = kb.upload(owner, knowledgeBase, file("a.pdf", 3 * MB / 2))
                .expect(202)
                .field("id");
        kb.uploadVersion(owner, first, file("b.pdf", 3 * MB / 2)).expect(202);
        assertThat(usage(owner).path("usedBytes").asLong()).isEqualTo(3L * MB);

        var refused = kb.upload(owner, knowledgeBase, file("c.pdf", 10)).expectProblem(413);
        assertThat(refused.body().path("type").asString()).endsWith("/storage-quota-exceeded");
        assertThat(refused.body().path("detail").asString()).contains(3 * MB + " of " + 3 * MB + " bytes are used");
        assertThat(refused.body().path("limitBytes").asLong()).isEqualTo(3L * MB);
        kb.uploadVersion(owner, first, file("c.pdf", 10)).expectProblem(413);
        try (RemoteFiles remote = new RemoteFiles()) {
            api.post(
                            "/api/v1/knowledge-bases/" + knowledgeBase + "/documents/import",
                            Map.of("url", remote.url("/c.txt")))
                    .bearer(owner)
                    .send()
                    .expectProblem(413);
        }
        assertThat(usage(owner).path("usedBytes").asLong()).isEqualTo(3L * MB);
    }

    @Test
    void anImportWhoseFileDoesNotFitFailsWithTheQuotaAsItsReason() {
        KnowledgeFixtures kb = new KnowledgeFixtures(api);
        String owner = fixtures.organisation().owner().accessToken();
        String knowledgeBase = kb.knowledgeBase(owner);
        kb.upload(owner, knowledgeBase, file("a.pdf", 19 * MB / 10)).expect(202);
        try (RemoteFiles remote = new RemoteFiles()) {
            remote.file("/big.bin", "application/octet-stream", null, bytes(3 * MB / 2));
            String id = api.post(
                            "/api/v1/knowledge-bases/" + knowledgeBase + "/documents/import",
                            Map.of("url", remote.url("/big.bin")))
                    .bearer(owner)
                    .send()
                    .expect(202)
                    .field("id");
            JsonNode failed = kb.awaitFinished(owner, id);
            assertThat(failed.path("status").asString()).isEqualTo("failed");
            assertThat(failed.path("statusReason").asString()).contains("storage quota");
        }
        assertThat(usage(owner).path("usedBytes").asLong()).isEqualTo(19L * MB / 10);
    }

    private JsonNode usage(String token) {
        return api.get("/api/v1/knowledge-bases/usage")
                .bearer(token)
                .send()
                .expect(200)
                .body();
    }

    private static Multipart file(String name, int size) {
        return new Multipart().file("file", name, "application/pdf", bytes(size));
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        // a PDF header, then zero bytes: a readable type, so stored and counted, but ingestion gives up at once
        // (a corrupt PDF) instead of embedding megabytes
        byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return content;
    }
}
