package com.aigentforce.bench.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Accuracy and macro-F1 over the gold labels present, plus how often "neutral" was answered. */
final class SentimentScore {

    private final Map<String, int[]> counts = new TreeMap<>(); // label -> {true positives, predicted, gold}
    private int total;
    private int correct;
    private int neutral;

    SentimentScore(List<String> goldLabels) {
        goldLabels.forEach(label -> counts.put(label, new int[3]));
    }

    void add(String gold, String predicted) {
        total++;
        if (predicted.equals("neutral")) {
            neutral++;
        }
        counts.computeIfAbsent(gold, l -> new int[3])[2]++;
        if (counts.containsKey(predicted)) {
            counts.get(predicted)[1]++;
        }
        if (gold.equals(predicted)) {
            correct++;
            counts.get(gold)[0]++;
        }
    }

    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    double macroF1() {
        return counts.values().stream()
                .mapToDouble(c -> {
                    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
                    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
                    return p + r == 0 ? 0 : 2 * p * r / (p + r);
                })
                .average()
                .orElse(0);
    }

    String summary() {
        return String.format(
                "accuracy %.3f (%d/%d), macro-F1 %.3f, answered neutral %d", accuracy(), correct, total, macroF1(), neutral);
    }
}
