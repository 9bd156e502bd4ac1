package com.aigentforce.analysis.internal.web;

import com.aigentforce.analysis.internal.entity.Entity;
import com.aigentforce.analysis.internal.sentiment.Polarity;
import com.aigentforce.analysis.internal.service.DocumentAnalysis;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * DocumentAnalysis as the API shows it (docs/api.md, "Document analysis"). Inline texts and files have no document
 * or version id; classification comes with label sets (not yet), so it is null for now, like any task not asked for.
 */
record DocumentAnalysisView(
        UUID documentId,
        UUID versionId,
        Language language,
        Sentiment sentiment,
        List<EntityView> entities,
        List<Object> classification,
        List<KeyPhraseView> keyPhrases,
        Summary summary,
        Map<String, String> models,
        Instant createdAt) {

    record Language(String code, double confidence) {}

    record Sentiment(String label, double score, List<SentenceSentiment> sentences) {}

    record SentenceSentiment(int start, int end, String label, double score) {}

    record EntityView(
            String text,
            String type,
            int start,
            int end,
            String normalized,
            UUID entityId,
            double confidence,
            String source) {}

    record KeyPhraseView(String text, double score) {}

    record Summary(String text, String method) {}

    static DocumentAnalysisView of(DocumentAnalysis analysis) {
        return new DocumentAnalysisView(
                null,
                null,
                analysis.language() == null
                        ? null
                        : new Language(
                                analysis.language().code(),
                                round(analysis.language().confidence())),
                analysis.sentiment() == null ? null : sentiment(analysis.sentiment()),
                analysis.entities() == null
                        ? null
                        : analysis.entities().stream()
                                .map(DocumentAnalysisView::entity)
                                .toList(),
                null,
                analysis.keyPhrases() == null
                        ? null
                        : analysis.keyPhrases().stream()
                                .map(p -> new KeyPhraseView(p.text(), p.score()))
                                .toList(),
                analysis.summary() == null ? null : new Summary(analysis.summary(), "extractive"),
                analysis.models(),
                analysis.createdAt());
    }

    private static Sentiment sentiment(DocumentAnalysis.Sentiment sentiment) {
        Polarity document = sentiment.document();
        return new Sentiment(
                document.label().label(),
                round(document.score()),
                sentiment.sentences().stream()
                        .map(s -> new SentenceSentiment(
                                s.start(),
                                s.end(),
                                s.polarity().label().label(),
                                round(s.polarity().score())))
                        .toList());
    }

    private static EntityView entity(Entity entity) {
        return new EntityView(
                entity.text(),
                entity.type().label(),
                entity.start(),
                entity.end(),
                entity.normalized(),
                null,
                round(entity.confidence()),
                entity.source().name().toLowerCase(Locale.ROOT));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
