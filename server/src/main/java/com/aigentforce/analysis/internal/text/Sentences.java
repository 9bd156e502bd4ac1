package com.aigentforce.analysis.internal.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into sentences with the JDK's rule-based {@link BreakIterator}, and also at blank lines (headings,
 * list items and table rows carry no full stop). Spans are trimmed of surrounding white space.
 */
public final class Sentences {

    private Sentences() {}

    public static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int blockStart = 0;
        for (String block : text.split("\\n\\s*\\n", -1)) {
            int blockOffset = text.indexOf(block, blockStart);
            blockStart = blockOffset + block.length();
            BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            breaks.setText(block);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                add(text, blockOffset + start, blockOffset + end, sentences);
            }
        }
        return sentences;
    }

    private static void add(String text, int start, int end, List<Sentence> sentences) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            List<Token> tokens = Tokens.of(text, start, end);
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(start, end, tokens));
            }
        }
    }
}
