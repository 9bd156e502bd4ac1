package com.aigentforce.analysis.internal.entity;

/**
 * An entity found in a text: {@code text} equals {@code document.substring(start, end)}. {@code normalized} is a
 * canonical form where one exists (a lower-case e-mail address, a phone number's digits), else {@code null}.
 */
public record Entity(
        String text, EntityType type, int start, int end, String normalized, double confidence, Source source) {

    public enum Source {
        MODEL,
        PATTERN
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
