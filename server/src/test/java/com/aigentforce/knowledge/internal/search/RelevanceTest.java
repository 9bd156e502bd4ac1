package com.aigentforce.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A hit's relevance is absolute: it comes from its own signals, whatever the other hits score. */
class RelevanceTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();

    @Test
    void aVectorHitsRelevanceIsItsCosineSimilarity() {
        // Lucene answers (1 + cosine) / 2
        assertThat(Relevance.ofVectorScore(0.8)).isCloseTo(0.6, within(1e-9));
        assertThat(Relevance.ofVectorScore(0.3)).isZero();
    }

    @Test
    void aFullTextHitsRelevanceIsItsShareOfTheQuerysAttainableScore() {
        assertThat(Relevance.ofBm25(3.0, 12.0)).isCloseTo(0.25, within(1e-9));
        assertThat(Relevance.ofBm25(3.0, 0)).isZero();
        assertThat(Relevance.ofBm25(13.0, 12.0)).isEqualTo(1.0);
    }

    @Test
    void fusionKeepsEachHitsSignalsAndHybridRelevanceIsTheStrongerOne() {
        List<Scored> fused = SearchFusion.ranked(
                List.of(new Scored(a, 9.0, 0.2, null), new Scored(b, 3.0, 0.05, null)),
                List.of(new Scored(b, 0.9, null, 0.8)));

        Scored first =
                fused.stream().filter(hit -> hit.id().equals(a)).findFirst().orElseThrow();
        Scored second =
                fused.stream().filter(hit -> hit.id().equals(b)).findFirst().orElseThrow();
        assertThat(first.lexical()).isEqualTo(0.2);
        assertThat(first.cosine()).isNull();
        assertThat(first.relevance("hybrid")).isEqualTo(0.2);
        assertThat(second.lexical()).isEqualTo(0.05);
        assertThat(second.cosine()).isEqualTo(0.8);
        assertThat(second.relevance("hybrid")).isEqualTo(0.8);
        // the fused score is relative (the best of a list counts 1), the relevance is not
        assertThat(first.score()).isEqualTo(0.4);
        assertThat(second.relevance("fulltext")).isEqualTo(0.05);
    }
}
