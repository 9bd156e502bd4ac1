package com.aigentforce.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.knowledge.internal.index.EnglishAnalysis;
import com.aigentforce.knowledge.support.KnowledgeFixtures;
import com.aigentforce.support.ApiTestSupport;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A long plain query takes its candidates from its rarest terms and scores them with the whole query: the answer is
 * the whole query's — same chunks, order and scores as the same query in parentheses, which runs whole.
 */
class EssentialTermsTest extends ApiTestSupport {

    /**
     * 8 terms: three in every note, the rest rarer and rarer; the 6 rarest still match every note — more chunks than
     * the candidates the search takes from them ({@link SearchService#ESSENTIAL_MIN_CANDIDATES}).
     */
    private static final String LONG = "wing flow pressure heat shock nozzle turbine cascade";

    private static final int WANTED = SearchService.ESSENTIAL_MIN_CANDIDATES;

    @Autowired
    EssentialTerms essentialTerms;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private KnowledgeFixtures kb;
    private String owner;

    @BeforeEach
    void setUp() {
        kb = new KnowledgeFixtures(api);
        owner = fixtures.organisation().owner().accessToken();
        String id = kb.uploadText(
                owner,
                kb.knowledgeBase(owner),
                "wind-tunnel-notes.txt",
                IntStream.range(0, 150).mapToObj(EssentialTermsTest::note).collect(Collectors.joining("\n\n")));
        kb.awaitIndexed(owner, id);
    }

    @Test
    void aLongPlainQueryAnswersExactlyWhatTheWholeQueryAnswers() {
        assertThat(rarest(LONG, WANTED)).hasSize(EssentialTerms.MAX_TERMS).contains("cascad", "turbin", "nozzl");
        // limit 40 asks for as many full-text candidates as hybrid search takes for its default limit
        for (int limit : List.of(5, 10, 20, 40)) {
            JsonNode plain = search(LONG, "fulltext", limit);
            assertThat(plain.path("items").size()).isEqualTo(limit);
            assertSameHits(plain, search("(" + LONG + ")", "fulltext", limit));
        }
        // hybrid takes those candidates (its vector side embeds the text, so parentheses would change it)
        JsonNode hybrid = search(LONG, "hybrid", 10);
        assertThat(hybrid.path("items").size()).isEqualTo(10);
        assertThat(hybrid.path("items").valueStream().map(i -> i.path("text").asString()))
                .anyMatch(text -> text.contains("Note 42:"))
                .anyMatch(text -> text.contains("Note 0:"));
    }

    @Test
    void termsNoChunkHoldsAreNotPickedAndTooFewOthersRunTheWholeQuery() {
        // 6 of the 8 terms are in no chunk: the 2 others are the whole query
        String sparse = "cascade turbine quasar pulsar nebula comet meteor zenith";
        assertThat(essentialTerms.of(sparse, WANTED)).isEmpty();
        for (int limit : List.of(5, 10)) {
            assertSameHits(search(sparse, "fulltext", limit), search("(" + sparse + ")", "fulltext", limit));
        }
    }

    @Test
    void moreTermsAreTakenWhileTheRarestHoldFewerChunksThanTheCandidatesWanted() throws IOException {
        // the chunks holding LONG's terms, rarest first: cascade, turbine, nozzle, shock, heat, then the common ones
        List<Integer> frequencies = new ArrayList<>();
        try (IndexReader reader = Search.mapping(entityManagerFactory)
                .scope(Chunk.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            // the index holds the analysed terms (Porter stems: "cascade" as "cascad")
            try (Analyzer analyzer = EnglishAnalysis.standalone();
                    TokenStream terms = analyzer.tokenStream("text", LONG)) {
                CharTermAttribute term = terms.addAttribute(CharTermAttribute.class);
                terms.reset();
                while (terms.incrementToken()) {
                    frequencies.add(reader.docFreq(new Term("text", term.toString())));
                }
                terms.end();
            }
        }
        assertThat(frequencies).hasSize(8);
        frequencies.sort(null);
        int sixRarest =
                frequencies.subList(0, 6).stream().mapToInt(Integer::intValue).sum();
        int sevenRarest = sixRarest + frequencies.get(6);
        assertThat(frequencies).doesNotContain(0);
        assertThat(rarest(LONG, sixRarest)).hasSize(EssentialTerms.MAX_TERMS);
        assertThat(rarest(LONG, sixRarest + 1)).hasSize(EssentialTerms.MAX_TERMS + 1);
        assertThat(rarest(LONG, sevenRarest)).hasSize(EssentialTerms.MAX_TERMS + 1);
        assertThat(essentialTerms.of(LONG, sevenRarest + 1)).isEmpty(); // all 8 terms: the whole query
    }

    @Test
    void shortQueriesAndQueriesWithSyntaxRunWhole() {
        assertThat(essentialTerms.of("wing flow pressure heat shock nozzle", WANTED))
                .isEmpty();
        assertThat(essentialTerms.of("\"wing flow\" pressure heat shock nozzle turbine cascade", WANTED))
                .isEmpty();
        assertThat(essentialTerms.of("wing flow pressure heat shock nozzle turbine -cascade", WANTED))
                .isEmpty();
        assertThat(essentialTerms.of("wing flow pressure heat shock nozzle turbine casc*", WANTED))
                .isEmpty();
        // a hyphen inside a word is not an operator
        assertThat(essentialTerms.of("wing-flow pressure heat shock nozzle turbine cascade", WANTED))
                .isPresent();
    }

    private List<String> rarest(String q, int wanted) {
        Query query = essentialTerms.of(q, wanted).orElseThrow();
        List<String> terms = new ArrayList<>();
        ((BooleanQuery) query)
                .clauses()
                .forEach(c -> terms.add(c.getQuery().toString().replace("text:", "")));
        return terms;
    }

    private JsonNode search(String q, String mode, int limit) {
        return kb.search(
                owner, "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&mode=" + mode + "&limit=" + limit);
    }

    private static void assertSameHits(JsonNode actual, JsonNode expected) {
        List<JsonNode> a = actual.path("items").valueStream().toList();
        List<JsonNode> e = expected.path("items").valueStream().toList();
        assertThat(a.stream().map(i -> i.path("chunkId").asString()))
                .containsExactlyElementsOf(
                        e.stream().map(i -> i.path("chunkId").asString()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).path("score").asDouble())
                    .isCloseTo(e.get(i).path("score").asDouble(), within(1e-6));
            assertThat(a.get(i).path("highlights")).isEqualTo(e.get(i).path("highlights"));
        }
    }

    /** A paragraph long enough to be its own chunk; rarer terms in fewer notes. */
    private static String note(int i) {
        StringBuilder text = new StringBuilder("Note " + i + ": the wing sees flow and pressure.");
        if (i % 3 == 0) {
            text.append(" Heat rises at the leading edge.");
        }
        if (i % 5 == 0) {
            text.append(" A shock forms ahead of the model.");
        }
        if (i % 7 == 0) {
            text.append(" The nozzle chokes.");
        }
        if (i % 11 == 0) {
            text.append(" A turbine stage follows.");
        }
        if (i == 42) {
            text.append(" The cascade stalls.");
        }
        text.append(" Readings were taken by the observers over several afternoons of testing.".repeat(9));
        return text.toString();
    }
}
