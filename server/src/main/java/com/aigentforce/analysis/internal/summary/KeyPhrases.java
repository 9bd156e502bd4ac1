package com.aigentforce.analysis.internal.summary;

import com.aigentforce.analysis.internal.text.Sentence;
import com.aigentforce.analysis.internal.text.Stopwords;
import com.aigentforce.analysis.internal.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Key phrases by RAKE (Rose et al., "Automatic Keyword Extraction from Individual Documents", 2010): candidates are
 * runs of content words between stop words and punctuation (at most four words); a word scores its degree (the words
 * it co-occurs with in candidates, itself included) over its frequency; a phrase scores the sum of its words. Phrases
 * are merged case-insensitively and keep their first spelling. No maintained Java library offers RAKE or TextRank
 * over our own tokens without pulling in a second NLP stack, and the algorithm is a few dozen lines.
 */
public final class KeyPhrases {

    public static final String VERSION = "rake-1";
    private static final int MAX_WORDS = 4;

    public record KeyPhrase(String text, double score) {}

    private KeyPhrases() {}

    public static List<KeyPhrase> of(String text, List<Sentence> sentences, int limit) {
        List<List<Token>> candidates = candidates(sentences);
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        for (List<Token> candidate : candidates) {
            for (Token token : candidate) {
                String word = key(token);
                frequency.merge(word, 1, Integer::sum);
                degree.merge(word, candidate.size(), Integer::sum);
            }
        }
        Map<String, KeyPhrase> phrases = new LinkedHashMap<>();
        for (List<Token> candidate : candidates) {
            String surface = text.substring(
                    candidate.getFirst().start(), candidate.getLast().end());
            String key = surface.toLowerCase(Locale.ROOT);
            double score = candidate.stream()
                    .mapToDouble(t -> (double) degree.get(key(t)) / frequency.get(key(t)))
                    .sum();
            phrases.putIfAbsent(key, new KeyPhrase(surface, score));
        }
        return phrases.values().stream()
                .sorted(Comparator.comparingDouble(KeyPhrase::score).reversed())
                .limit(limit)
                .map(p -> new KeyPhrase(p.text(), Math.round(p.score() * 1000) / 1000.0))
                .toList();
    }

    private static List<List<Token>> candidates(List<Sentence> sentences) {
        List<List<Token>> candidates = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> run = new ArrayList<>();
            Token previous = null;
            for (Token token : sentence.tokens()) {
                // a phrase is contiguous words separated by at most one space
                boolean adjacent = previous != null && token.start() - previous.end() <= 1;
                if (!content(token) || !adjacent) {
                    close(run, candidates);
                }
                if (content(token)) {
                    run.add(token);
                }
                previous = token;
            }
            close(run, candidates);
        }
        return candidates;
    }

    private static void close(List<Token> run, List<List<Token>> candidates) {
        if (!run.isEmpty() && run.size() <= MAX_WORDS) {
            candidates.add(List.copyOf(run));
        }
        run.clear();
    }

    private static boolean content(Token token) {
        String word = token.text();
        return word.length() > 1
                && Character.isLetter(word.charAt(0))
                && !word.contains("://")
                && !Stopwords.contains(word);
    }

    private static String key(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
