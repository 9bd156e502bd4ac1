package com.aigentforce.analysis.internal.summary;

import com.aigentforce.analysis.internal.text.Sentence;
import com.aigentforce.analysis.internal.text.Stopwords;
import com.aigentforce.analysis.internal.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The most central sentences, in document order (LexRank-style): sentences are TF-IDF vectors over their content
 * words (IDF across the document's own sentences), edges are cosine similarities, and centrality is PageRank over
 * that graph. Short texts come back whole.
 */
public final class ExtractiveSummary {

    public static final String VERSION = "tfidf-centrality-1";
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 30;
    /** Beyond this many sentences only the first ones compete: the graph is quadratic in sentences. */
    private static final int MAX_SENTENCES = 400;

    private ExtractiveSummary() {}

    public static String of(String text, List<Sentence> all, int size) {
        List<Sentence> sentences = all.size() > MAX_SENTENCES ? all.subList(0, MAX_SENTENCES) : all;
        if (sentences.size() <= size) {
            return sentences.stream().map(s -> s.text(text)).collect(Collectors.joining(" "));
        }
        List<Map<String, Double>> vectors = vectors(sentences);
        int n = sentences.size();
        double[][] similarity = new double[n][n];
        double[] rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = cosine(vectors.get(i), vectors.get(j));
                similarity[i][j] = s;
                similarity[j][i] = s;
                rowSums[i] += s;
                rowSums[j] += s;
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (rowSums[j] > 0) {
                        sum += similarity[j][i] / rowSums[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) / n + DAMPING * sum;
            }
            rank = next;
        }
        double[] ranks = rank;
        return IntStream.range(0, n)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> ranks[i]).reversed())
                .limit(size)
                .sorted()
                .map(i -> sentences.get(i).text(text))
                .collect(Collectors.joining(" "));
    }

    private static List<Map<String, Double>> vectors(List<Sentence> sentences) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (Sentence sentence : sentences) {
            Map<String, Integer> terms = new HashMap<>();
            for (Token token : sentence.tokens()) {
                String word = token.text().toLowerCase(Locale.ROOT);
                if (Character.isLetterOrDigit(word.charAt(0)) && !Stopwords.contains(word)) {
                    terms.merge(word, 1, Integer::sum);
                }
            }
            terms.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            counts.add(terms);
        }
        int n = sentences.size();
        List<Map<String, Double>> vectors = new ArrayList<>();
        for (Map<String, Integer> terms : counts) {
            Map<String, Double> vector = new HashMap<>();
            terms.forEach((term, count) ->
                    vector.put(term, count * Math.log((double) n / documentFrequency.get(term) + 1)));
            vectors.add(vector);
        }
        return vectors;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            Double other = b.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (norm(a) * norm(b));
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
    }
}
