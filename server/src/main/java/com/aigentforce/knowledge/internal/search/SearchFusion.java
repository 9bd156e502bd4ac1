package com.aigentforce.knowledge.internal.search;

import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How hybrid search combines its two rankings: a convex combination of their min-max normalised scores. Measured on
 * Cranfield (docs/benchmarks.md), it beat reciprocal rank fusion (k = 60).
 */
final class SearchFusion {

    /** Share of the full-text score in the hybrid score (the vector score gets the rest); the best weight on either
     * half of the Cranfield queries. */
    static final double LEXICAL_WEIGHT = 0.4;

    private SearchFusion() {}

    /** Both rankings fused with {@link #LEXICAL_WEIGHT}, best first; each hit keeps both lists' signals. */
    static List<Scored> ranked(List<Scored> lexical, List<Scored> semantic) {
        Map<UUID, Scored> signals = new LinkedHashMap<>();
        lexical.forEach(hit -> signals.put(hit.id(), hit));
        semantic.forEach(hit -> signals.merge(hit.id(), hit, (l, s) -> l.withCosine(s.cosine())));
        return fuse(scores(lexical), scores(semantic), LEXICAL_WEIGHT).entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder()))
                .map(e -> {
                    Scored hit = signals.get(e.getKey());
                    return new Scored(e.getKey(), e.getValue(), hit.lexical(), hit.cosine());
                })
                .toList();
    }

    /**
     * Convex combination of the two candidate lists: each list's scores are min-max normalised to 0..1 (BM25 and
     * cosine scores live on different scales), then {@code lexicalWeight × full-text + (1 − lexicalWeight) × vector};
     * a chunk missing from one list gets 0 there. Answers every candidate with its fused score, unordered.
     */
    static Map<UUID, Double> fuse(Map<UUID, Double> lexical, Map<UUID, Double> semantic, double lexicalWeight) {
        Map<UUID, Double> fused = new LinkedHashMap<>();
        normalised(lexical).forEach((id, score) -> fused.merge(id, lexicalWeight * score, Double::sum));
        normalised(semantic).forEach((id, score) -> fused.merge(id, (1 - lexicalWeight) * score, Double::sum));
        return fused;
    }

    private static Map<UUID, Double> scores(List<Scored> ranking) {
        Map<UUID, Double> scores = new LinkedHashMap<>();
        ranking.forEach(hit -> scores.put(hit.id(), hit.score()));
        return scores;
    }

    private static Map<UUID, Double> normalised(Map<UUID, Double> scores) {
        DoubleSummaryStatistics range =
                scores.values().stream().mapToDouble(Double::doubleValue).summaryStatistics();
        double width = range.getMax() - range.getMin();
        Map<UUID, Double> normalised = new LinkedHashMap<>();
        scores.forEach((id, score) -> normalised.put(id, width == 0 ? 1.0 : (score - range.getMin()) / width));
        return normalised;
    }
}
