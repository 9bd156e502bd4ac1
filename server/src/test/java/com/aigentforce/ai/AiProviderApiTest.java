package com.aigentforce.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.ai.support.AiFixtures;
import com.aigentforce.ai.support.ProviderProtocolServer;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
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
import tools.jackson.databind.JsonNode;

/**
 * Model providers over the API: the key is sealed and write-only, bad input and refused targets are 422, other
 * organisations' providers are 404, only ai:admin holders manage them, the connection test answers the provider's
 * models or its own error, and models merge what the provider lists with configured prices.
 */
class AiProviderApiTest extends ApiTestSupport {

    private static final String KEY = "sk-test-" + UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    ProviderProtocolServer server;
    AiFixtures ai;
    Fixtures.Org org;
    String owner;

    @BeforeEach
    void start() {
        server = new ProviderProtocolServer(KEY);
        ai = new AiFixtures(api);
        org = fixtures.organisation();
        owner = org.owner().accessToken();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theApiKeyIsSealedNeverAnsweredKeptWhenAbsentAndRemovedWithNull() {
        String id = ai.provider(owner, "openai", server.url() + "/v1", KEY, "gpt-ok");
        JsonNode created = api.get("/api/v1/ai/providers/" + id)
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(created.path("apiKeySet").asBoolean()).isTrue();
        assertThat(created.toString()).doesNotContain(KEY);
        assertThat(created.path("kind").asString()).isEqualTo("openai");
        assertThat(created.path("defaultModel").asString()).isEqualTo("gpt-ok");
        String stored = jdbc.sql("select api_key from ai_provider where id = ?")
                .param(UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(KEY);

        // no apiKey: kept (the test still authenticates)
        Map<String, Object> edit =
                new HashMap<>(Map.of("name", "Renamed", "kind", "openai", "baseUrl", server.url() + "/v1"));
        JsonNode kept = api.put("/api/v1/ai/providers/" + id, edit)
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(kept.path("name").asString()).isEqualTo("Renamed");
        assertThat(kept.path("apiKeySet").asBoolean()).isTrue();
        assertThat(kept.path("defaultModel").isNull()).isTrue();
        api.post("/api/v1/ai/providers/" + id + "/test", null)
                .bearer(owner)
                .send()
                .expect(200);

        // "apiKey": null removes it, and the provider now refuses us in its own words
        edit.put("apiKey", null);
        JsonNode cleared = api.put("/api/v1/ai/providers/" + id, edit)
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(cleared.path("apiKeySet").asBoolean()).isFalse();
        JsonNode refused = api.post("/api/v1/ai/providers/" + id + "/test", null)
                .bearer(owner)
                .send()
                .expectProblem(502)
                .body();
        assertThat(refused.path("type").asString()).endsWith("ai-provider-failed");
        assertThat(refused.path("detail").asString()).contains("401").contains("Incorrect API key provided");
        assertThat(refused.path("providerStatus").asInt()).isEqualTo(401);

        JsonNode audit = awaitAuditEntry(owner, "ai.provider.updated");
        assertThat(audit.toString()).doesNotContain(KEY);
    }

    @Test
    void theConnectionTestAnswersLatencyAndTheProvidersModelsForEachProtocol() {
        String openai = ai.provider(owner, "openai", server.url() + "/v1", KEY, null);
        String ollama = ai.provider(owner, "ollama", server.url(), null, null);
        String anthropic = ai.provider(owner, "anthropic", server.url() + "/v1/", KEY, null);

        assertThat(test(openai)).containsExactly("gpt-ok", "gpt-tool");
        assertThat(test(ollama)).containsExactly("llama3:8b");
        assertThat(test(anthropic)).containsExactly("claude-test");
    }

    private List<String> test(String providerId) {
        JsonNode result = api.post("/api/v1/ai/providers/" + providerId + "/test", null)
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(result.path("ok").asBoolean()).isTrue();
        assertThat(result.path("latencyMs").asLong()).isNotNegative();
        List<String> models = new ArrayList<>();
        result.path("models").forEach(m -> models.add(m.asString()));
        return models;
    }

    @Test
    void modelsMergeTheProvidersListWithConfiguredModelsAndEditablePrices() {
        String id = ai.provider(owner, "openai", server.url() + "/v1", KEY, null);
        api.put(
                        "/api/v1/ai/providers/" + id,
                        Map.of(
                                "name",
                                "With models",
                                "kind",
                                "openai",
                                "baseUrl",
                                server.url() + "/v1",
                                "models",
                                List.of(Map.of("name", "private-model", "contextWindow", 8192))))
                .bearer(owner)
                .send()
                .expect(200);
        JsonNode priced = api.put(
                        "/api/v1/ai/providers/" + id + "/models",
                        Map.of(
                                "name",
                                "gpt-ok",
                                "inputPricePer1M",
                                0.15,
                                "outputPricePer1M",
                                0.6,
                                "supportsTools",
                                true))
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(priced.path("id").asString()).isEqualTo(id + ":gpt-ok");
        assertThat(priced.path("inputPricePer1M").decimalValue()).isEqualByComparingTo("0.15");

        JsonNode models = api.get("/api/v1/ai/models")
                .bearer(owner)
                .send()
                .expect(200)
                .body()
                .path("items");
        Map<String, JsonNode> byName = new HashMap<>();
        models.forEach(m -> byName.put(m.path("name").asString(), m));
        assertThat(byName).containsOnlyKeys("gpt-ok", "gpt-tool", "private-model");
        assertThat(byName.get("gpt-ok").path("outputPricePer1M").decimalValue()).isEqualByComparingTo("0.6");
        assertThat(byName.get("gpt-ok").path("supportsTools").asBoolean()).isTrue();
        assertThat(byName.get("gpt-ok").path("provider").asString()).isEqualTo(id);
        assertThat(byName.get("gpt-tool").path("inputPricePer1M").isNull()).isTrue();
        assertThat(byName.get("private-model").path("contextWindow").asInt()).isEqualTo(8192);
        assertThat(byName.get("private-model").path("listedByProvider").asBoolean())
                .isFalse();
        // the earlier configured model was kept when the price was saved
        JsonNode provider = api.get("/api/v1/ai/providers/" + id)
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(provider.path("models")).hasSize(2);
    }

    @Test
    void badInputAndRefusedTargetsAre422AndDuplicateNames409() {
        Map<String, Object> good = Map.of("name", "Valid", "kind", "openai", "baseUrl", server.url() + "/v1");
        for (Map<String, Object> bad : List.of(
                with(good, "kind", "gemini"),
                with(good, "baseUrl", "not a url"),
                with(good, "baseUrl", "ftp://example.com/v1"),
                with(good, "name", " "),
                with(good, "models", List.of(Map.of("name", "m", "inputPricePer1M", -1))))) {
            JsonNode problem = api.post("/api/v1/ai/providers", bad)
                    .bearer(owner)
                    .send()
                    .expectProblem(422)
                    .body();
            assertThat(problem.path("type").asString()).endsWith("validation");
        }
        JsonNode refused = api.post("/api/v1/ai/providers", with(good, "baseUrl", "http://169.254.169.254/v1"))
                .bearer(owner)
                .send()
                .expectProblem(422)
                .body();
        assertThat(refused.path("type").asString()).endsWith("outbound-target-refused");

        api.post("/api/v1/ai/providers", good).bearer(owner).send().expect(201);
        api.post("/api/v1/ai/providers", with(good, "name", "VALID"))
                .bearer(owner)
                .send()
                .expectProblem(409);
    }

    @Test
    void anotherOrganisationsProviderIsNotFoundAndOnlyAiAdminsManageProviders() {
        String id = ai.provider(owner, "openai", server.url() + "/v1", KEY, null);
        var other = fixtures.organisation().owner().accessToken();
        api.get("/api/v1/ai/providers/" + id).bearer(other).send().expectProblem(404);
        api.post("/api/v1/ai/providers/" + id + "/test", null)
                .bearer(other)
                .send()
                .expectProblem(404);
        api.delete("/api/v1/ai/providers/" + id).bearer(other).send().expectProblem(404);
        assertThat(api.get("/api/v1/ai/providers")
                        .bearer(other)
                        .send()
                        .expect(200)
                        .body()
                        .path("total")
                        .asLong())
                .isZero();

        var trainer = fixtures.person(org, "TRAINER").session().accessToken();
        api.get("/api/v1/ai/providers").bearer(trainer).send().expectProblem(403);
        api.get("/api/v1/ai/models").bearer(trainer).send().expect(200);
        var learner = fixtures.person(org, "LEARNER").session().accessToken();
        api.get("/api/v1/ai/models").bearer(learner).send().expectProblem(403);
        var admin = fixtures.person(org, "ADMIN").session().accessToken();
        api.get("/api/v1/ai/providers/" + id).bearer(admin).send().expect(200);

        api.delete("/api/v1/ai/providers/" + id).bearer(owner).send().expect(204);
        api.get("/api/v1/ai/providers/" + id).bearer(owner).send().expectProblem(404);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
