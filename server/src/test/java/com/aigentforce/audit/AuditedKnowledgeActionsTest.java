package com.aigentforce.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Knowledge-base changes, uploads, deletions, refused URL imports and index rebuilds are in the audit trail, each
 * entry naming its target as it was then (so it still reads after the target is renamed or deleted), and a call
 * made with an API key names the key besides its owner.
 */
class AuditedKnowledgeActionsTest extends ApiTestSupport {

    Fixtures.Org org;
    KnowledgeFixtures kb;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
        kb = new KnowledgeFixtures(api);
    }

    @Test
    void knowledgeBaseChangesAreRecordedWithTheNameTheyHadAndItSurvivesTheDeletion() {
        String original = Fixtures.unique("Handbook");
        String id = kb.knowledgeBase(owner(), Map.of("name", original));
        String renamed = original + " (2026)";
        api.put("/api/v1/knowledge-bases/" + id, Map.of("name", renamed))
                .bearer(owner())
                .send()
                .expect(200);
        api.delete("/api/v1/knowledge-bases/" + id).bearer(owner()).send().expect(204);

        JsonNode created = awaitAuditEntry(owner(), "knowledge_base.created");
        assertThat(created.path("targetId").asString()).isEqualTo(id);
        assertThat(created.path("targetName").asString()).isEqualTo(original);
        assertThat(created.path("actorEmail").asString()).isEqualTo(org.ownerEmail());
        JsonNode updated = awaitAuditEntry(owner(), "knowledge_base.updated");
        assertThat(updated.path("targetName").asString()).isEqualTo(renamed);
        assertThat(updated.path("details").path("previousName").asString()).isEqualTo(original);
        JsonNode deleted = awaitAuditEntry(owner(), "knowledge_base.deleted");
        assertThat(deleted.path("targetName").asString()).isEqualTo(renamed);
        api.get("/api/v1/knowledge-bases/" + id).bearer(owner()).send().expectProblem(404);
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    @Test
    void uploadsNewVersionsRestoresAndDeletionsOfDocumentsAreRecordedByTitle() {
        String base = kb.knowledgeBase(owner());
        String document = kb.uploadText(owner(), base, "onboarding.txt", "Welcome aboard. Badges are at reception.");
        kb.awaitIndexed(owner(), document);
        kb.uploadTextVersion(owner(), document, "onboarding-v2.txt", "Welcome aboard. Badges are at the desk.");
        kb.awaitIndexed(owner(), document);
        api.post("/api/v1/documents/" + document + "/versions/1/restore", null)
                .bearer(owner())
                .send()
                .expect(200);
        api.delete("/api/v1/documents/" + document).bearer(owner()).send().expect(204);

        JsonNode uploaded = awaitAuditEntry(owner(), "document.uploaded");
        assertThat(uploaded.path("targetId").asString()).isEqualTo(document);
        assertThat(uploaded.path("targetName").asString()).isEqualTo("onboarding.txt");
        assertThat(uploaded.path("details").path("knowledgeBaseId").asString()).isEqualTo(base);
        assertThat(uploaded.path("details").path("version").asInt()).isEqualTo(1);
        JsonNode version = awaitAuditEntry(owner(), "document.version_uploaded");
        assertThat(version.path("details").path("version").asInt()).isEqualTo(2);
        assertThat(version.path("details").path("fileName").asString()).isEqualTo("onboarding-v2.txt");
        JsonNode restored = awaitAuditEntry(owner(), "document.version_restored");
        assertThat(restored.path("details").path("version").asInt()).isEqualTo(1);
        assertThat(restored.path("details").path("previous").asInt()).isEqualTo(2);
        JsonNode deleted = awaitAuditEntry(owner(), "document.deleted");
        assertThat(deleted.path("targetName").asString()).isEqualTo("onboarding.txt");
    }

    @Test
    void aUrlImportRefusedByTheOutboundGuardIsRecordedWithTheHostAndTheReason() {
        String name = Fixtures.unique("Imports");
        String base = kb.knowledgeBase(owner(), Map.of("name", name));
        var refusal = api.post(
                        "/api/v1/knowledge-bases/" + base + "/documents/import",
                        Map.of("url", "http://10.0.0.7/payroll.csv"))
                .bearer(owner())
                .send()
                .expectProblem(422);
        assertThat(refusal.body().path("type").asString()).endsWith("/outbound-target-refused");

        JsonNode refused = awaitAuditEntry(owner(), "document.import_refused");
        assertThat(refused.path("targetType").asString()).isEqualTo("knowledge_base");
        assertThat(refused.path("targetId").asString()).isEqualTo(base);
        assertThat(refused.path("targetName").asString()).isEqualTo(name);
        assertThat(refused.path("details").path("host").asString()).isEqualTo("10.0.0.7");
        assertThat(refused.path("details").path("reason").asString()).isNotBlank();
        assertThat(refused.path("details").path("url").asString()).isEqualTo("http://10.0.0.7/payroll.csv");
        assertThat(list("document.uploaded").size()).isZero();
    }

    @Test
    void anIndexRebuildIsRecordedWhenRequestedByItsRequesterAndWhenFinishedByTheSystem() {
        kb.awaitIndexed(owner(), kb.uploadText(owner(), kb.knowledgeBase(owner()), "a.txt", "Something to index."));
        String rebuild = api.post("/api/v1/knowledge-base/index/rebuild", null)
                .bearer(owner())
                .send()
                .expect(202)
                .field("id");

        JsonNode requested = awaitAuditEntry(owner(), "search_index.rebuild_requested");
        assertThat(requested.path("targetId").asString()).isEqualTo(rebuild);
        assertThat(requested.path("actorEmail").asString()).isEqualTo(org.ownerEmail());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> list("search_index.rebuild_completed").size() == 1);
        JsonNode completed = list("search_index.rebuild_completed").get(0);
        assertThat(completed.path("targetId").asString()).isEqualTo(rebuild);
        assertThat(completed.path("actorId").isNull()).isTrue();
        assertThat(completed.path("actorEmail").isNull()).isTrue();
        assertThat(completed.path("details").path("reindexed").asLong()).isPositive();
        assertThat(list("search_index.rebuild_failed").size()).isZero();
    }

    @Test
    void aCallMadeWithAnApiKeyIsRecordedUnderItsOwnerNamingTheKey() {
        String keyName = Fixtures.unique("ci-bot");
        var created = api.post("/api/v1/api-keys", Map.of("name", keyName, "permissions", List.of("kb:admin")))
                .bearer(owner())
                .send()
                .expect(201);
        String name = Fixtures.unique("Built by CI");
        kb.knowledgeBase(created.field("key"), Map.of("name", name));

        JsonNode entry = awaitAuditEntry(owner(), "knowledge_base.created");
        assertThat(entry.path("targetName").asString()).isEqualTo(name);
        assertThat(entry.path("actorEmail").asString()).isEqualTo(org.ownerEmail());
        assertThat(entry.path("apiKeyId").asString()).isEqualTo(created.field("id"));
        assertThat(entry.path("apiKeyName").asString()).isEqualTo(keyName);
        kb.knowledgeBase(owner());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> list("knowledge_base.created").size() == 2);
        assertThat(list("knowledge_base.created").get(0).path("apiKeyId").isNull())
                .as("a call with a session names no key")
                .isTrue();
        assertThat(verify().path("intact").asBoolean()).isTrue();
    }

    private JsonNode list(String action) {
        return api.get("/api/v1/audit?action=" + action)
                .bearer(owner())
                .send()
                .expect(200)
                .body()
                .path("items");
    }

    private JsonNode verify() {
        return api.get("/api/v1/audit/verify")
                .bearer(owner())
                .send()
                .expect(200)
                .body();
    }

    private String owner() {
        return org.owner().accessToken();
    }
}
