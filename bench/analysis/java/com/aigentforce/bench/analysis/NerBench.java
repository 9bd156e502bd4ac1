package com.aigentforce.bench.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Entity F1 of the committed name finder on the TEST splits of the Broad Twitter Corpus and WNUT-17, beside a
 * capitalisation + patterns baseline scored in the same run. Usage: NerBench (reads the model from the class path).
 */
public final class NerBench {

    /** BTC scores PER/ORG/LOC: organisation and group are ORG (bands, teams and clubs are ORG there). */
    static final Map<String, String> BTC = Map.of(
            "person", "PER", "organization", "ORG", "group", "ORG", "location", "LOC");

    /** WNUT-17 scores its six types, all of which the model has. */
    static final Map<String, String> WNUT = Map.of(
            "person", "person",
            "organization", "corporation",
            "group", "group",
            "location", "location",
            "product", "product",
            "creative_work", "creative-work");

    /** WNUT-17 as its README maps a PERSON/ORG/LOCATION tagger: corporation and group are ORG. */
    static final Map<String, String> WNUT_THREE = Map.of(
            "person", "PER", "organization", "ORG", "group", "ORG", "location", "LOC");

    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "from", "to", "near", "visit", "visiting");

    private NerBench() {}

    public static void main(String[] args) throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NerBench.class.getResourceAsStream("/analysis/ner-en-1.bin")) {
            model = new TokenNameFinderModel(in);
        }
        List<NameSample> btc = Conll.read(Conll.dataset("broad-twitter-corpus", "btc.test"));
        List<NameSample> wnut = Conll.read(Conll.dataset("wnut17", "emerging.test.annotated"));
        report("BTC test (PER/ORG/LOC)", btc, model, BTC);
        report("WNUT-17 test (six types)", wnut, model, WNUT);
        report("WNUT-17 test (README's PER/ORG/LOC mapping)", wnut, model, WNUT_THREE);
    }

    private static void report(String name, List<NameSample> samples, TokenNameFinderModel model, Map<String, String> map) {
        EntityScore trained = TrainNer.evaluate(model, samples, map);
        EntityScore baseline = new EntityScore(map::get);
        for (NameSample sample : samples) {
            baseline.add(sample.getNames(), baseline(sample.getSentence()));
        }
        System.out.printf("%s, %d sentences%nmodel:%n%s%nbaseline (capitalisation + patterns):%n%s%n", name,
                samples.size(), trained.report(), baseline.report());
        System.out.printf("RESULT %s model-micro-F1 %.3f baseline-micro-F1 %.3f%n%n", name, trained.microF1(), baseline.microF1());
    }

    /**
     * The baseline: a handle after {@code @} is a person; a run of capitalised words (not the sentence's first word
     * alone) is a location after "in/at/from/to/near", otherwise a person.
     */
    static Span[] baseline(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0 && tokens[i - 1].equals("@") && !tokens[i].isEmpty()) {
                spans.add(new Span(i, i + 1, "person"));
                continue;
            }
            if (!capitalised(tokens[i])) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.length && capitalised(tokens[end])) {
                end++;
            }
            if (i > 0 || end - i > 1) {
                boolean place = i > 0 && PLACE_WORDS.contains(tokens[i - 1].toLowerCase());
                spans.add(new Span(i, end, place ? "location" : "person"));
            }
            i = end - 1;
        }
        return spans.toArray(Span[]::new);
    }

    private static boolean capitalised(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0)) && Character.isLowerCase(token.charAt(1));
    }
}
