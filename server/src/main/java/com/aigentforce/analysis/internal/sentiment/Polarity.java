package com.aigentforce.analysis.internal.sentiment;

/** The sentiment of a span: {@code score} is P(positive) − P(negative), from −1 to 1. */
public record Polarity(SentimentLabel label, double score) {}
