package com.aigentforce.analysis.internal.sentiment;

import java.util.Locale;

public enum SentimentLabel {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
