package com.aigentforce.analysis.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens the way the training corpora (tweets in CoNLL form) are split: URLs and e-mail addresses
 * stay whole, words keep inner apostrophes and hyphens, numbers keep their separators, every other visible character
 * is a token of its own ({@code @handle} becomes {@code @} and {@code handle}, as in the Broad Twitter Corpus).
 */
public final class Tokens {

    private static final Pattern TOKEN = Pattern.compile(
            "https?://\\S+[^\\s.,;:!?)\\]'\"]" // a URL without the punctuation after it
                    + "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}" // an e-mail address
                    + "|\\p{N}+(?:[.,:/]\\p{N}+)*" // a number, date or time
                    + "|[\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*" // a word
                    + "|\\S"); // anything else, one character at a time

    private Tokens() {}

    /** The tokens of {@code text} between {@code from} and {@code to}, with offsets into {@code text}. */
    public static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            tokens.add(new Token(matcher.group(), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    public static List<Token> of(String text) {
        return of(text, 0, text.length());
    }

    public static String[] texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toArray(String[]::new);
    }
}
