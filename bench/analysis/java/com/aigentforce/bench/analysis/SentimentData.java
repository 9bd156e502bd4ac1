package com.aigentforce.bench.analysis;

import com.aigentforce.analysis.internal.sentiment.SentimentModel;
import com.aigentforce.analysis.internal.text.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentiment data sets and their splits. Labelled sentences (no split of their own): in each file, every fifth
 * line from the first is held out for test, every fifth from the second for dev, the rest trains. Poem sentiment: its
 * own train/dev/test files; "mixed" (train only) is dropped.
 */
final class SentimentData {

    record Example(String text, String label, String source) {
        String[] words() {
            return SentimentModel.words(Tokens.of(text));
        }
    }

    enum Split {
        TRAIN,
        DEV,
        TEST
    }

    private static final String[] REVIEW_FILES = {
        "amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt"
    };

    private SentimentData() {}

    static List<Example> reviews(Split split) throws IOException {
        List<Example> examples = new ArrayList<>();
        for (String file : REVIEW_FILES) {
            // readLine splits at \n only, not at the U+0085 inside imdb_labelled.txt (its README)
            try (BufferedReader reader = Files.newBufferedReader(
                    Conll.dataset("sentiment-labelled-sentences", file), StandardCharsets.UTF_8)) {
                int index = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine(), index++) {
                    int tab = line.lastIndexOf('\t');
                    if (tab < 0 || splitOf(index) != split) {
                        continue;
                    }
                    String label = line.substring(tab + 1).strip().equals("1") ? "positive" : "negative";
                    examples.add(new Example(line.substring(0, tab).strip(), label, file));
                }
            }
        }
        return examples;
    }

    private static Split splitOf(int index) {
        return switch (index % 5) {
            case 0 -> Split.TEST;
            case 1 -> Split.DEV;
            default -> Split.TRAIN;
        };
    }

    static List<Example> poems(Split split) throws IOException {
        String file = split.name().toLowerCase() + ".tsv";
        List<Example> examples = new ArrayList<>();
        for (String line : Files.readAllLines(Conll.dataset("poem-sentiment", file), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                continue;
            }
            String label = switch (cells[2].strip()) {
                case "-1" -> "negative";
                case "0" -> "neutral";
                case "1" -> "positive";
                default -> null;
            };
            if (label != null) {
                examples.add(new Example(cells[1], label, "poem-sentiment"));
            }
        }
        return examples;
    }
}
