package com.aigentforce.platform;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the message of a field error into the full sentence a person reads under the field. Rules and Bean Validation
 * say what is wrong as a fragment ("must not be blank", "is too common…"); the fragment gets the field as its subject
 * ({@code newPassword} → "New password must not be blank."). A message that already is a sentence (capitalised) only
 * gets its full stop.
 */
public final class FieldMessages {

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_-]+");
    private static final Set<String> ACRONYMS = Set.of("url", "id", "api", "mfa", "pdf", "json");

    private FieldMessages() {}

    public static String sentence(String field, String message) {
        String text = message == null || message.isBlank() ? "is invalid" : message.strip();
        String sentence = Character.isUpperCase(text.codePointAt(0)) ? text : subject(field) + " " + text;
        return sentence.matches("(?s).*[.!?]$") ? sentence : sentence + ".";
    }

    /** The last segment of a property path, in words: {@code members[2].userId} → "User ID". */
    static String subject(String field) {
        String path = field == null ? "" : INDEX.matcher(field).replaceAll("");
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        if (leaf.isBlank()) {
            return "This value";
        }
        StringBuilder words = new StringBuilder();
        for (String word : WORD_START.split(leaf)) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String shown = ACRONYMS.contains(lower) ? lower.toUpperCase(Locale.ROOT) : lower;
            words.append(words.isEmpty() ? "" : " ").append(shown);
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
