package com.aigentforce.bench.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads the CoNLL files of the Broad Twitter Corpus and WNUT-17 (token TAB BIO-tag, sentences split by an exactly
 * empty line; lines without a tab skipped, as their READMEs say) into name samples whose types are the analysis
 * module's labels. The lone {@code @} before a handle is kept as a token but never part of an entity: the corpora tag
 * it separately, and the bench drops it from gold and prediction alike (BTC README, "Gotchas").
 */
final class Conll {

    /** The data sets' tags mapped to the module's types (docs/api.md). */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PER", "person"),
            Map.entry("ORG", "organization"),
            Map.entry("LOC", "location"),
            Map.entry("person", "person"),
            Map.entry("location", "location"),
            Map.entry("corporation", "organization"),
            Map.entry("group", "group"),
            Map.entry("product", "product"),
            Map.entry("creative-work", "creative_work"));

    private Conll() {}

    static Path dataset(String folder, String file) {
        String root = System.getenv().getOrDefault("AIGENTFORCE_DATASETS", "../shared/datasets");
        return Path.of(root, folder, file);
    }

    static List<NameSample> read(Path file) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                flush(tokens, tags, samples);
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                continue;
            }
            String token = line.substring(0, tab).strip();
            if (token.isEmpty()) {
                continue;
            }
            tokens.add(token);
            tags.add(token.equals("@") ? "O" : line.substring(tab + 1).strip());
        }
        flush(tokens, tags, samples);
        return samples;
    }

    private static void flush(List<String> tokens, List<String> tags, List<NameSample> samples) {
        if (tokens.isEmpty()) {
            return;
        }
        samples.add(new NameSample(tokens.toArray(String[]::new), spans(tags), true));
        tokens.clear();
        tags.clear();
    }

    /** BIO tags to spans; an I- tag that does not continue an entity of its type starts one. */
    private static Span[] spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = tag.length() > 2 ? TYPES.get(tag.substring(2)) : null;
            boolean continues = tag.startsWith("I-") && type != null && type.equals(tagType);
            if (!continues && type != null) {
                spans.add(new Span(start, i, type));
                type = null;
            }
            if (!continues && tagType != null) {
                start = i;
                type = tagType;
            }
        }
        return spans.toArray(Span[]::new);
    }
}
