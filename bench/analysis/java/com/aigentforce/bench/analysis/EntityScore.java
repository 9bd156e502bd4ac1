package com.aigentforce.bench.analysis;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import opennlp.tools.util.Span;

/**
 * Entity-level exact match (conlleval style): a predicted entity counts only if its span and its type both equal a
 * gold entity's. Types are first mapped to the data set's scoring types; unmapped ones are dropped on both sides.
 */
final class EntityScore {

    private final Function<String, String> scoringType;
    private final Map<String, int[]> counts = new TreeMap<>(); // type -> {true positives, predicted, gold}

    EntityScore(Function<String, String> scoringType) {
        this.scoringType = scoringType;
    }

    void add(Span[] gold, Span[] predicted) {
        Set<String> goldKeys = new HashSet<>();
        for (Span span : gold) {
            String type = scoringType.apply(span.getType());
            if (type != null) {
                goldKeys.add(span.getStart() + ":" + span.getEnd() + ":" + type);
                counts.computeIfAbsent(type, t -> new int[3])[2]++;
            }
        }
        for (Span span : predicted) {
            String type = scoringType.apply(span.getType());
            if (type != null) {
                int[] c = counts.computeIfAbsent(type, t -> new int[3]);
                c[1]++;
                if (goldKeys.contains(span.getStart() + ":" + span.getEnd() + ":" + type)) {
                    c[0]++;
                }
            }
        }
    }

    double microF1() {
        int[] total = new int[3];
        counts.values().forEach(c -> {
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        return f1(total);
    }

    String report() {
        StringBuilder out = new StringBuilder();
        int[] total = new int[3];
        counts.forEach((type, c) -> {
            out.append(String.format(
                    "  %-14s P %.3f R %.3f F1 %.3f (gold %d, predicted %d, correct %d)%n",
                    type, ratio(c[0], c[1]), ratio(c[0], c[2]), f1(c), c[2], c[1], c[0]));
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        out.append(String.format(
                "  %-14s P %.3f R %.3f F1 %.3f (gold %d, predicted %d, correct %d)",
                "micro", ratio(total[0], total[1]), ratio(total[0], total[2]), f1(total), total[2], total[1], total[0]));
        return out.toString();
    }

    private static double f1(int[] c) {
        double p = ratio(c[0], c[1]);
        double r = ratio(c[0], c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
