package com.aigentforce.knowledge.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hybrid search fuses the full-text and vector candidates by a weighted sum of min-max normalised scores. */
class SearchFusionTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void scoresOnDifferentScalesCountByTheirPositionInTheirOwnListAndTheWeight() {
        // BM25 scores in the tens, cosine scores near 1: normalised, the best of each list counts 1, the worst 0
        Map<UUID, Double> fused = SearchFusion.fuse(scores(a, 30.0, b, 20.0, c, 10.0), scores(c, 0.9, a, 0.7), 0.4);

        assertThat(fused.get(a)).isCloseTo(0.4 * 1.0 + 0.6 * 0.0, within(1e-9));
        assertThat(fused.get(b)).isCloseTo(0.4 * 0.5, within(1e-9));
        assertThat(fused.get(c)).isCloseTo(0.4 * 0.0 + 0.6 * 1.0, within(1e-9));
    }

    @Test
    void aChunkBothListsRankHighBeatsChunksThatOnlyOneListRanksFirst() {
        Map<UUID, Double> fused = SearchFusion.fuse(
                scores(a, 12.0, b, 11.0, c, 2.0), scores(b, 0.80, c, 0.79, a, 0.50), SearchFusion.LEXICAL_WEIGHT);

        assertThat(fused.get(b)).isGreaterThan(fused.get(a)).isGreaterThan(fused.get(c));
    }

    @Test
    void aListWhoseScoresAreAllEqualCountsFullyAndAnEmptyListAddsNothing() {
        assertThat(SearchFusion.fuse(scores(a, 3.0, b, 3.0), Map.of(), 0.4))
                .containsEntry(a, 0.4)
                .containsEntry(b, 0.4)
                .hasSize(2);
        assertThat(SearchFusion.fuse(Map.of(), scores(c, 0.5), 0.4)).containsOnlyKeys(c);
    }

    private static Map<UUID, Double> scores(Object... idsAndScores) {
        Map<UUID, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            scores.put((UUID) idsAndScores[i], (Double) idsAndScores[i + 1]);
        }
        return scores;
    }
}
