package com.aigentforce.knowledge.internal.embedding;

import java.util.List;

/**
 * The text a chunk is embedded as, the same when it is first ingested and when it is re-embedded with another model:
 * the headings above the passage go with it, since they say what it is about.
 */
public final class EmbeddingText {

    private EmbeddingText() {}

    public static String of(List<String> headingPath, String text) {
        if (headingPath.isEmpty()) {
            return text;
        }
        return String.join(" > ", headingPath) + "\n" + text;
    }
}
