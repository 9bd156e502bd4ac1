package com.aigentforce.analysis.internal.text;

/** A token of a text: its characters and where they are ({@code text.substring(start, end)}). */
public record Token(String text, int start, int end) {}
