package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Deeper and more varied result lists: up to 100 hits, and {@code maxPerDocument} caps the chunks of one document
 * while still filling top-k — even when one long document holds every one of the best-ranked chunks.
 */
class SearchResultListsTest extends ApiTestSupport {

    private static final List<String> MODES = List.of("fulltext", "vector", "hybrid");

    private KnowledgeFixtures kb;
    private String owner;
    private String longDocument;
    private final List<String> shortDocuments = new ArrayList<>();
    private int chunksInTheOrganisation;

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        owner = fixtures.organisation().owner().accessToken();
        String knowledgeBase = kb.knowledgeBase(owner);
        // one long document whose every chunk is about the lynx: it alone fills the first candidate lists
        longDocument = kb.uploadText(
                owner,
                knowledgeBase,
                "lynx-field-notes.txt",
                IntStream.range(0, 60)
                        .mapToObj(SearchResultListsTest::fieldNote)
                        .collect(Collectors.joining("\n\n")));
        for (int i = 0; i < 6; i++) {
            shortDocuments.add(kb.uploadText(
                    owner,
                    knowledgeBase,
                    "office-" + i + ".txt",
                    "Quarterly office notes " + i + " mention a lynx once among budgets, hiring and travel."));
        }
        kb.awaitIndexed(owner, longDocument);
        shortDocuments.forEach(id -> kb.awaitIndexed(owner, id));
        chunksInTheOrganisation = chunkCount(longDocument) + shortDocuments.size();
        assertThat(chunkCount(longDocument)).isGreaterThan(50);
    }

    @Test
    void oneChunkPerDocumentGivesLimitDistinctDocumentsThoughOneDocumentHoldsAllTheBestChunks() {
        for (String mode : MODES) {
            JsonNode result = kb.search(owner, "q=lynx+tracks+den&limit=5&maxPerDocument=1&mode=" + mode);
            List<String> documents = documentIds(result);
            assertThat(documents).as(mode).hasSize(5).doesNotHaveDuplicates().contains(longDocument);
            assertThat(documents.getFirst()).as(mode).isEqualTo(longDocument);
        }
    }

    @Test
    void aCapAboveOneAllowsThatManyChunksOfOneDocumentAndStillFillsTheList() {
        for (String mode : MODES) {
            JsonNode result = kb.search(owner, "q=lynx+tracks+den&limit=7&maxPerDocument=3&mode=" + mode);
            Map<String, Long> perDocument =
                    documentIds(result).stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(perDocument.values().stream().mapToLong(Long::longValue).sum())
                    .as(mode)
                    .isEqualTo(7);
            assertThat(perDocument.get(longDocument)).as(mode).isEqualTo(3);
            assertThat(perDocument.values()).as(mode).allMatch(n -> n <= 3);
        }
    }

    @Test
    void withoutACapTheLongDocumentTakesTheWholeTopK() {
        assertThat(documentIds(kb.search(owner, "q=lynx+tracks+den&limit=5&mode=fulltext")))
                .hasSize(5)
                .containsOnly(longDocument);
    }

    @Test
    void aLimitOfOneHundredReturnsMoreThanFiftyHitsAndTheBoundsAreProblems() {
        JsonNode vector = kb.search(owner, "q=lynx&limit=100&mode=vector");
        // k-NN ranks every chunk of the organisation: all of them fit in 100
        assertThat(vector.path("items").size()).isEqualTo(chunksInTheOrganisation);
        assertThat(kb.search(owner, "q=lynx&limit=100&mode=hybrid")
                        .path("items")
                        .size())
                .isEqualTo(chunksInTheOrganisation);

        for (String query :
                List.of("q=x&limit=101", "q=x&maxPerDocument=0", "q=x&maxPerDocument=101", "q=x&maxPerDocument=many")) {
            api.get("/api/v1/knowledge-base/search?" + query)
                    .bearer(owner)
                    .send()
                    .expectProblem(422);
        }
        api.post("/api/v1/knowledge-base/search", Map.of("q", "x", "limit", 101))
                .bearer(owner)
                .send()
                .expectProblem(422);
        api.post("/api/v1/knowledge-base/search", Map.of("q", "x", "maxPerDocument", 0))
                .bearer(owner)
                .send()
                .expectProblem(422);
        JsonNode posted = api.post(
                        "/api/v1/knowledge-base/search",
                        Map.of("q", "lynx tracks den", "mode", "hybrid", "limit", 4, "maxPerDocument", 1))
                .bearer(owner)
                .send()
                .expect(200)
                .body();
        assertThat(documentIds(posted)).hasSize(4).doesNotHaveDuplicates();
    }

    private int chunkCount(String documentId) {
        return api.get("/api/v1/documents/" + documentId + "/versions")
                .bearer(owner)
                .send()
                .expect(200)
                .body()
                .get(0)
                .path("chunkCount")
                .asInt();
    }

    private static String fieldNote(int i) {
        String sentence = "Field note " + i + ": the lynx crossed ridge " + i + " at dawn; lynx tracks, lynx scat"
                + " and a lynx den were recorded near marker " + i + " by the survey team. ";
        return sentence.repeat(4);
    }

    private static List<String> documentIds(JsonNode result) {
        return result.path("items")
                .valueStream()
                .map(i -> i.path("documentId").asString())
                .toList();
    }
}
