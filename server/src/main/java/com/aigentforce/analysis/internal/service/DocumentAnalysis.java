package com.aigentforce.analysis.internal.service;

import com.aigentforce.analysis.internal.entity.Entity;
import com.aigentforce.analysis.internal.language.LanguageIdentifier.DetectedLanguage;
import com.aigentforce.analysis.internal.sentiment.Polarity;
import com.aigentforce.analysis.internal.summary.KeyPhrases.KeyPhrase;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of analysing a text. A task that was not asked for is {@code null}. Offsets are character (UTF-16)
 * offsets into the analysed text.
 */
public record DocumentAnalysis(
        DetectedLanguage language,
        Sentiment sentiment,
        List<Entity> entities,
        List<KeyPhrase> keyPhrases,
        String summary,
        Map<String, String> models,
        Instant createdAt) {

    public record Sentiment(Polarity document, List<SentencePolarity> sentences) {}

    public record SentencePolarity(int start, int end, Polarity polarity) {}
}
