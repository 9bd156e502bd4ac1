package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Search answers "no relevant passages" below an absolute relevance floor: every hit carries a relevance computed from
 * its own signals, a question the documents cannot answer finds nothing (the dropped hits counted), and a request may
 * set its own floor within 0–1.
 */
class SearchRelevanceTest extends ApiTestSupport {

    private static final List<String> MODES = List.of("fulltext", "vector", "hybrid");

    private KnowledgeFixtures kb;
    private String owner;
    private String handbook;

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        owner = fixtures.organisation().owner().accessToken();
        String knowledgeBase = kb.knowledgeBase(owner);
        handbook = kb.uploadText(
                owner,
                knowledgeBase,
                "maintenance.txt",
                "Engine oil is changed every 500 running hours, and the fuel filters with it.\n\n"
                        + "The hull is inspected for corrosion in dry dock every two years.");
        kb.awaitIndexed(owner, handbook);
    }

    @Test
    void aRealQuestionFindsItsPassageWithARelevanceFromItsOwnSignals() {
        for (String mode : MODES) {
            JsonNode result = kb.searchAsServed(owner, "q=how+often+is+the+engine+oil+changed&mode=" + mode);
            assertThat(result.path("belowFloor").asInt()).as(mode).isZero();
            assertThat(result.path("items")).as(mode).isNotEmpty();
            JsonNode hit = result.path("items").get(0);
            assertThat(hit.path("documentId").asString()).isEqualTo(handbook);
            double relevance = hit.path("relevance").asDouble();
            assertThat(relevance).as(mode).isBetween(result.path("minRelevance").asDouble(), 1.0);
            JsonNode signals = hit.path("signals");
            switch (mode) {
                case "fulltext" -> {
                    assertThat(signals.path("lexical").asDouble()).isEqualTo(relevance);
                    assertThat(signals.path("cosine").isNull()).isTrue();
                }
                case "vector" -> {
                    assertThat(signals.path("cosine").asDouble()).isEqualTo(relevance);
                    assertThat(signals.path("lexical").isNull()).isTrue();
                }
                default ->
                    assertThat(relevance)
                            .isEqualTo(Math.max(
                                    signals.path("lexical").asDouble(),
                                    signals.path("cosine").asDouble()));
            }
        }
    }

    @Test
    void aNonsenseQueryFindsNoRelevantPassageUnlessTheFloorIsTurnedOff() {
        for (String mode : List.of("vector", "hybrid")) {
            JsonNode served = kb.searchAsServed(owner, "q=zebra+xylophone&mode=" + mode);
            assertThat(served.path("items")).as(mode).isEmpty();
            assertThat(served.path("belowFloor").asInt()).as(mode).isPositive();

            // without a floor the same query lists the passages: the fused score alone never says "no match"
            JsonNode unfiltered = kb.search(owner, "q=zebra+xylophone&mode=" + mode);
            assertThat(unfiltered.path("items").size())
                    .as(mode)
                    .isEqualTo(served.path("belowFloor").asInt());
            assertThat(unfiltered.path("belowFloor").asInt()).isZero();
            assertThat(unfiltered.path("items").get(0).path("relevance").asDouble())
                    .isLessThan(served.path("minRelevance").asDouble());
        }
        // words no chunk holds: full-text finds nothing at all, nothing is dropped
        JsonNode fullText = kb.searchAsServed(owner, "q=zebra+xylophone&mode=fulltext");
        assertThat(fullText.path("items")).isEmpty();
        assertThat(fullText.path("belowFloor").asInt()).isZero();
    }

    @Test
    void aRequestSetsItsOwnFloorWithinZeroToOne() {
        JsonNode strict = api.post(
                        "/api/v1/knowledge-base/search",
                        Map.of("q", "how often is the engine oil changed", "minRelevance", 1))
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(strict.path("minRelevance").asDouble()).isEqualTo(1.0);
        assertThat(strict.path("items")).isEmpty();
        assertThat(strict.path("belowFloor").asInt()).isPositive();

        for (String bad : List.of("-0.1", "1.5", "NaN", "lots")) {
            var response = api.get("/api/v1/knowledge-base/search?q=oil&minRelevance=" + bad)
                    .bearer(owner)
                    .send();
            assertThat(response.status()).as(bad).isIn(400, 422);
        }
        api.post("/api/v1/knowledge-base/search", Map.of("q", "oil", "minRelevance", 2))
                .bearer(owner)
                .send()
                .expectProblem(422);
    }
}
