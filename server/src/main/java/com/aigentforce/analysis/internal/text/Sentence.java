package com.aigentforce.analysis.internal.text;

import java.util.List;

/** A sentence of a text, its character span and its tokens (offsets into the whole text). */
public record Sentence(int start, int end, List<Token> tokens) {

    public String text(String document) {
        return document.substring(start, end);
    }
}
