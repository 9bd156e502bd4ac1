package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.Multipart;
import com.aigentforce.platform.storage.ObjectStorage;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deleted document leaves search at once and, after the retention period (1 s in tests), the recurring purge
 * removes its files (every version) and rows; the storage it used is free again and the delete stays audited.
 */
class DeletedDocumentRetentionTest extends ApiTestSupport {

    @Autowired
    ObjectStorage storage;

    @Test
    void afterTheRetentionPeriodTheFilesAndRowsOfADeletedDocumentAreGone() {
        KnowledgeFixtures kb = new KnowledgeFixtures(api);
        Fixtures.Org org = fixtures.organisation();
        String owner = org.owner().accessToken();
        String knowledgeBase = kb.knowledgeBase(owner);
        String id = kb.uploadText(owner, knowledgeBase, "one.txt", "Capybaras are the largest rodents.");
        kb.awaitIndexed(owner, id);
        kb.uploadVersion(
                        owner,
                        id,
                        new Multipart()
                                .file(
                                        "file",
                                        "two.txt",
                                        "text/plain",
                                        "Capybaras swim well.".getBytes(StandardCharsets.UTF_8)))
                .expect(202);
        kb.awaitIndexed(owner, id);
        String prefix = "tenants/" + org.tenantId() + "/documents/" + id + "/";
        assertThat(storage.list(prefix)).hasSize(2);
        assertThat(usedBytes(owner)).isEqualTo(34 + 20);

        api.delete("/api/v1/documents/" + id).bearer(owner).send().expect(204);
        assertThat(kb.searchTexts(owner, "q=capybaras&mode=fulltext")).isEmpty();

        await().atMost(Duration.ofSeconds(30)).until(() -> storage.list(prefix).isEmpty() && usedBytes(owner) == 0);
        api.get("/api/v1/documents/" + id).bearer(owner).send().expectProblem(404);
        api.get("/api/v1/documents/" + id + "/versions").bearer(owner).send().expectProblem(404);
        assertThat(awaitAuditEntry(owner, "document.deleted").path("targetId").asString())
                .isEqualTo(id);
        assertThat(awaitAuditEntry(owner, "document.purged").path("targetId").asString())
                .isEqualTo(id);
        // the knowledge base is empty now and can go
        api.delete("/api/v1/knowledge-bases/" + knowledgeBase)
                .bearer(owner)
                .send()
                .expect(204);
    }

    private long usedBytes(String token) {
        return api.get("/api/v1/knowledge-bases/usage")
                .bearer(token)
                .send()
                .expect(200)
                .body()
                .path("usedBytes")
                .asLong();
    }
}
