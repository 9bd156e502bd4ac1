package com.aigentforce.bench.analysis;

import com.aigentforce.analysis.internal.sentiment.SentimentModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Sentiment accuracy and macro-F1 of the committed model on the held-out TEST parts (labelled sentences: every fifth
 * line; poem-sentiment: test.tsv), beside a word-list baseline in the same run.
 */
public final class SentimentBench {

    private static final Set<String> POSITIVE = Set.of(
            "good", "great", "excellent", "love", "loved", "like", "liked", "best", "nice", "amazing", "awesome",
            "wonderful", "fantastic", "perfect", "happy", "recommend", "beautiful", "fun", "enjoy", "enjoyed",
            "delicious", "friendly", "fine", "glad", "joy", "sweet", "bright", "well", "works", "favorite");
    private static final Set<String> NEGATIVE = Set.of(
            "bad", "worst", "terrible", "awful", "poor", "hate", "hated", "boring", "disappointed", "disappointing",
            "waste", "horrible", "broke", "broken", "not", "no", "never", "sad", "dark", "death", "dead", "sorrow",
            "fail", "failed", "problem", "wrong", "rude", "slow", "cold", "bland");

    private SentimentBench() {}

    public static void main(String[] args) throws IOException {
        DoccatModel model;
        try (InputStream in = SentimentBench.class.getResourceAsStream(SentimentModel.RESOURCE)) {
            model = new DoccatModel(in);
        }
        report("labelled sentences, held-out test (every fifth line)", SentimentData.reviews(SentimentData.Split.TEST), model);
        report("poem-sentiment test.tsv (three classes)", SentimentData.poems(SentimentData.Split.TEST), model);
    }

    private static void report(String name, List<SentimentData.Example> examples, DoccatModel model) {
        SentimentScore trained = evaluate(model, examples, SentimentModel.NEUTRAL_BELOW);
        SentimentScore baseline = new SentimentScore(labels(examples));
        for (SentimentData.Example example : examples) {
            int score = 0;
            for (String word : example.words()) {
                score += POSITIVE.contains(word) ? 1 : NEGATIVE.contains(word) ? -1 : 0;
            }
            baseline.add(example.label(), score > 0 ? "positive" : score < 0 ? "negative" : "neutral");
        }
        System.out.printf("%s, %d rows%n  model:    %s%n  baseline: %s%n", name, examples.size(), trained.summary(), baseline.summary());
        System.out.printf(
                "RESULT %s model-accuracy %.3f model-macro-F1 %.3f baseline-accuracy %.3f baseline-macro-F1 %.3f%n%n",
                name, trained.accuracy(), trained.macroF1(), baseline.accuracy(), baseline.macroF1());
    }

    static SentimentScore evaluate(DoccatModel model, List<SentimentData.Example> examples, double margin) {
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        SentimentScore score = new SentimentScore(labels(examples));
        for (SentimentData.Example example : examples) {
            String[] words = example.words();
            double[] outcomes = categorizer.categorize(words);
            double polarity = outcomes[categorizer.getIndex("positive")] - outcomes[categorizer.getIndex("negative")];
            score.add(example.label(), Math.abs(polarity) < margin ? "neutral" : polarity > 0 ? "positive" : "negative");
        }
        return score;
    }

    private static List<String> labels(List<SentimentData.Example> examples) {
        return examples.stream().map(SentimentData.Example::label).distinct().sorted().toList();
    }
}
