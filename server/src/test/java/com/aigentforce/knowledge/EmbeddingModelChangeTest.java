package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.knowledge.support.OpenAiEmbeddingsServer;
import com.aigentforce.realtime.WsClient;
import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A knowledge base switches to an OpenAI-compatible embedding model (the real LangChain4j client against a local
 * server speaking the wire protocol) and back: its chunks are re-embedded in a durable job with progress, search finds
 * every document throughout, the API key stays sealed and write-only, and bad providers are refused before anything
 * changes. Small batches make a re-embedding take several provider requests.
 */
@TestPropertySource(
        properties = {
            "aigentforce.knowledge.reembedding.batch-size=2",
            "aigentforce.knowledge.reembedding.retry-backoff=20ms"
        })
class EmbeddingModelChangeTest extends ApiTestSupport {

    private static final String API_KEY = "sk-test-" + UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    OpenAiEmbeddingsServer provider;
    KnowledgeFixtures kb;
    Fixtures.Org org;
    String owner;

    @BeforeEach
    void start() {
        provider = new OpenAiEmbeddingsServer(256);
        kb = new KnowledgeFixtures(api);
        org = fixtures.organisation();
        owner = org.owner().accessToken();
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void switchingToAProviderReembedsEveryChunkAndVectorSearchRanksWithTheProvidersVectors() {
        String kbId = kb.knowledgeBase(owner);
        String volcano = indexed(kbId, "volcano.txt", "The volcano erupted and lava flowed down the mountain.");
        indexed(kbId, "axolotl.txt", "The axolotl regrows a lost limb within weeks.");
        indexed(kbId, "invoice.txt", "Pay the invoice within thirty days of receipt.");

        JsonNode changed = changeModel(kbId, providerModel(API_KEY)).expect(202).body();
        assertThat(changed.path("chunkCount").asLong()).isEqualTo(3);
        assertThat(changed.path("provider").asString()).isEqualTo("openai-compatible");
        assertThat(changed.path("dimensions").asInt()).isEqualTo(256);
        assertThat(changed.path("apiKeySet").asBoolean()).isTrue();
        assertThat(changed.has("apiKey")).isFalse();
        JsonNode done = awaitReembedding(kbId, "completed");
        assertThat(done.path("done").asLong())
                .isEqualTo(3)
                .isEqualTo(done.path("total").asLong());

        assertThat(chunkModels(kbId))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("oa-256-"));
        assertThat(vectorLengths(kbId)).containsOnly(256);
        List<String> found = vectorSearch(kbId, "lava flowed from the volcano");
        assertThat(found.getFirst()).isEqualTo(volcano);
        // the key reached the provider as a bearer token, is stored sealed and is never answered
        assertThat(provider.authorizations()).isNotEmpty().allMatch(("Bearer " + API_KEY)::equals);
        String stored = jdbc.sql("select api_key from kb_embedding_model where knowledge_base_id = ?")
                .param(UUID.fromString(kbId))
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(API_KEY);
        String model = api.get(modelPath(kbId)).bearer(owner).send().expect(200).text();
        String knowledgeBase = api.get("/api/v1/knowledge-bases/" + kbId)
                .bearer(owner)
                .send()
                .expect(200)
                .text();
        assertThat(model + knowledgeBase).doesNotContain(API_KEY);
        assertThat(api.get("/api/v1/knowledge-bases/" + kbId)
                        .bearer(owner)
                        .send()
                        .body()
                        .path("embeddingModel")
                        .path("model")
                        .asString())
                .isEqualTo("fake-embed");

        JsonNode audited = awaitAuditEntry(owner, "knowledge_base.embedding_model_changed");
        assertThat(audited.path("targetId").asString()).isEqualTo(kbId);
        assertThat(audited.toString()).contains("openai-compatible:fake-embed").doesNotContain(API_KEY);

        // the same model again: nothing to re-embed
        String reembedding = done.path("id").asString();
        JsonNode same = changeModel(kbId, providerModel(null)).expect(200).body();
        assertThat(same.path("reembedding").path("id").asString()).isEqualTo(reembedding);

        // and back to the built-in model: re-embedded again
        changeModel(kbId, Map.of("provider", "builtin")).expect(202);
        awaitReembedding(kbId, "completed");
        assertThat(chunkModels(kbId)).containsExactly("builtin");
        assertThat(vectorLengths(kbId)).containsOnly(384);
        assertThat(vectorSearch(kbId, "lava flowed from the volcano").getFirst())
                .isEqualTo(volcano);
        assertThat(jdbc.sql("select count(*) from kb_embedding_model where knowledge_base_id = ?")
                        .param(UUID.fromString(kbId))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void searchFindsEveryDocumentWhileAReembeddingIsHalfWayAndAChangeMeanwhileConflicts() {
        String kbId = kb.knowledgeBase(owner);
        List<String> documents = kb.uploadTexts(owner, kbId, "pond", 6, i -> "Pond note " + i + ": the heron fishes.");
        documents.forEach(id -> kb.awaitIndexed(owner, id));

        provider.pauseAfterBatches(1);
        try {
            changeModel(kbId, providerModel(API_KEY)).expect(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonNode r = reembedding(kbId);
                return r.path("status").asString().equals("running")
                        && r.path("done").asLong() == 2;
            });
            assertThat(chunkModels(kbId)).hasSize(2);
            for (String mode : List.of("vector", "hybrid")) {
                assertThat(kb.search(owner, "q=heron+fishes&limit=20&mode=" + mode + "&knowledgeBaseId=" + kbId)
                                .path("items")
                                .valueStream()
                                .map(i -> i.path("documentId").asString())
                                .distinct())
                        .containsExactlyInAnyOrderElementsOf(documents);
            }
            changeModel(kbId, Map.of("provider", "builtin")).expectProblem(409);
        } finally {
            provider.resume();
        }
        assertThat(awaitReembedding(kbId, "completed").path("done").asLong()).isEqualTo(6);
        assertThat(vectorSearch(kbId, "heron fishes")).containsExactlyInAnyOrderElementsOf(documents);
    }

    @Test
    void aProviderAnswering429DuringTheReembeddingIsRetriedAndItsProgressIsPublishedLive() {
        String kbId = kb.knowledgeBase(owner);
        kb.uploadTexts(owner, kbId, "note", 3, i -> "Note " + i + " about the garden hose.")
                .forEach(id -> kb.awaitIndexed(owner, id));

        List<Long> progress = new ArrayList<>();
        try (WsClient admin = WsClient.authenticated(port, owner)) {
            provider.failRequests(2, 2, 429); // the probe passes, the first batch is refused twice
            changeModel(kbId, providerModel(API_KEY)).expect(202);
            JsonNode event;
            do {
                event = admin.awaitType("knowledge:reembedding").path("data");
                assertThat(event.path("knowledgeBaseId").asString()).isEqualTo(kbId);
                progress.add(event.path("done").asLong());
            } while (!event.path("status").asString().equals("completed"));
        }
        assertThat(progress).contains(2L).endsWith(3L).isSorted();

        assertThat(awaitReembedding(kbId, "completed").path("done").asLong()).isEqualTo(3);
        assertThat(provider.statuses()).containsSubsequence(200, 429, 429, 200);
        assertThat(chunkModels(kbId))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("oa-"));
    }

    @Test
    void aReembeddingRefusedWith400FailsWithTheReasonKeepsEveryDocumentFoundAndTheSameModelTriesAgain() {
        String kbId = kb.knowledgeBase(owner);
        List<String> documents = kb.uploadTexts(owner, kbId, "shed", 3, i -> "Shed " + i + ": the rake and spade.");
        documents.forEach(id -> kb.awaitIndexed(owner, id));

        provider.failRequests(3, 1, 400); // the probe and the first batch pass, the second batch is refused
        changeModel(kbId, providerModel(API_KEY)).expect(202);
        JsonNode failed = awaitReembedding(kbId, "failed");
        assertThat(failed.path("error").asString()).isEqualTo("the provider answered 400 Bad Request");
        assertThat(failed.path("done").asLong()).isEqualTo(2);
        assertThat(chunkModels(kbId)).hasSize(2);
        assertThat(vectorSearch(kbId, "rake and spade")).containsExactlyInAnyOrderElementsOf(documents);

        changeModel(kbId, providerModel(null)).expect(202);
        assertThat(awaitReembedding(kbId, "completed").path("done").asLong()).isEqualTo(1);
        assertThat(chunkModels(kbId))
                .singleElement()
                .satisfies(m -> assertThat(m).startsWith("oa-"));
        assertThat(vectorSearch(kbId, "rake and spade")).containsExactlyInAnyOrderElementsOf(documents);
    }

    @Test
    void aProviderAnswering401IsRefusedWithItsReasonAndNothingChanges() {
        String kbId = kb.knowledgeBase(owner);
        indexed(kbId, "a.txt", "Some text to embed.");

        provider.failRequests(1, 1, 401);
        var refused = changeModel(kbId, providerModel("sk-wrong")).expectProblem(422);
        assertThat(refused.body().path("detail").asString()).contains("the provider answered 401 Unauthorized");

        JsonNode model =
                api.get(modelPath(kbId)).bearer(owner).send().expect(200).body();
        assertThat(model.path("provider").asString()).isEqualTo("builtin");
        assertThat(model.path("model").asString()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(model.path("reembedding").isNull()).isTrue();
        assertThat(chunkModels(kbId)).containsExactly("builtin");
    }

    @Test
    void anInternalAddressIsRefusedByTheOutboundGuardUnlessAllowed() {
        String kbId = kb.knowledgeBase(owner);
        var refused = changeModel(
                        kbId,
                        Map.of("provider", "openai-compatible", "baseUrl", "http://10.0.0.1:8080/v1", "model", "m"))
                .expectProblem(422);
        assertThat(refused.body().path("type").asString()).endsWith("/outbound-target-refused");
        changeModel(kbId, Map.of("provider", "openai-compatible", "baseUrl", "ftp://example.test/v1", "model", "m"))
                .expectProblem(422);
        changeModel(kbId, Map.of("provider", "openai-compatible", "model", "m")).expectProblem(422);
        changeModel(kbId, Map.of("provider", "mystery")).expectProblem(422);
    }

    @Test
    void anotherOrganisationsKnowledgeBaseIsNotFoundAndALearnerMaySeeButNotChangeTheModel() {
        String kbId = kb.knowledgeBase(owner);
        String stranger = fixtures.organisation().owner().accessToken();
        api.get(modelPath(kbId)).bearer(stranger).send().expectProblem(404);
        changeModel(kbId, Map.of("provider", "builtin"), stranger).expectProblem(404);

        String learner = fixtures.person(org, "LEARNER").session().accessToken();
        JsonNode seen =
                api.get(modelPath(kbId)).bearer(learner).send().expect(200).body();
        assertThat(seen.path("model").asString()).isEqualTo("all-minilm-l6-v2-q");
        changeModel(kbId, providerModel(API_KEY), learner).expectProblem(403);
    }

    private String indexed(String kbId, String fileName, String text) {
        String id = kb.uploadText(owner, kbId, fileName, text);
        kb.awaitIndexed(owner, id);
        return id;
    }

    private Map<String, Object> providerModel(String apiKey) {
        Map<String, Object> body = new HashMap<>(
                Map.of("provider", "openai-compatible", "baseUrl", provider.baseUrl(), "model", "fake-embed"));
        if (apiKey != null) {
            body.put("apiKey", apiKey);
        }
        return body;
    }

    private Api.Response changeModel(String kbId, Map<String, Object> body) {
        return changeModel(kbId, body, owner);
    }

    private Api.Response changeModel(String kbId, Map<String, Object> body, String token) {
        return api.put(modelPath(kbId), body).bearer(token).send();
    }

    private JsonNode reembedding(String kbId) {
        return api.get(modelPath(kbId)).bearer(owner).send().expect(200).body().path("reembedding");
    }

    private JsonNode awaitReembedding(String kbId, String status) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = reembedding(kbId);
                    return last[0].path("status").asString().equals(status);
                });
        return last[0];
    }

    private List<String> vectorSearch(String kbId, String q) {
        return kb.search(owner, "q=" + q.replace(' ', '+') + "&mode=vector&limit=20&knowledgeBaseId=" + kbId)
                .path("items")
                .valueStream()
                .map(i -> i.path("documentId").asString())
                .distinct()
                .toList();
    }

    private List<String> chunkModels(String kbId) {
        return jdbc.sql("select distinct embedding_model from kb_chunk where knowledge_base_id = ? order by 1")
                .param(UUID.fromString(kbId))
                .query(String.class)
                .list();
    }

    private List<Integer> vectorLengths(String kbId) {
        return jdbc.sql("select distinct array_length(embedding, 1) from kb_chunk where knowledge_base_id = ?")
                .param(UUID.fromString(kbId))
                .query(Integer.class)
                .list();
    }

    private static String modelPath(String kbId) {
        return "/api/v1/knowledge-bases/" + kbId + "/embedding-model";
    }
}
