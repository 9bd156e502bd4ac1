package com.aigentforce.knowledge.internal.index;

import java.util.List;

/** A passage cut by the chunker: its text, the headings above it, the page it starts on (null if unpaged). */
public record TextChunk(String text, List<String> headingPath, Integer page, int tokenCount) {}
