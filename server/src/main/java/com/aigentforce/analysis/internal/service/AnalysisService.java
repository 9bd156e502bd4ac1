package com.aigentforce.analysis.internal.service;

import com.aigentforce.analysis.internal.AnalysisProperties;
import com.aigentforce.analysis.internal.entity.Entity;
import com.aigentforce.analysis.internal.entity.EntityPatterns;
import com.aigentforce.analysis.internal.sentiment.Polarity;
import com.aigentforce.analysis.internal.sentiment.SentimentModel;
import com.aigentforce.analysis.internal.summary.ExtractiveSummary;
import com.aigentforce.analysis.internal.summary.KeyPhrases;
import com.aigentforce.analysis.internal.text.Sentence;
import com.aigentforce.analysis.internal.text.Sentences;
import com.aigentforce.knowledge.FileText;
import com.aigentforce.platform.InvalidField;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Analyses a text, or a file's text, at once: the tasks asked for (all when none are named). */
@Service
public class AnalysisService {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private final AnalysisModels models;
    private final AnalysisProperties properties;
    private final FileText fileText;

    public AnalysisService(AnalysisModels models, AnalysisProperties properties, FileText fileText) {
        this.models = models;
        this.properties = properties;
        this.fileText = fileText;
    }

    /** The task names as the API spells them; an empty or absent list means every task. */
    public static Set<AnalysisTask> tasks(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(AnalysisTask.class);
        }
        Set<AnalysisTask> tasks = EnumSet.noneOf(AnalysisTask.class);
        for (String name : names) {
            tasks.add(AnalysisTask.ofApiName(name)
                    .orElseThrow(() -> new InvalidField(
                            "tasks",
                            "unknown task '" + name + "'; known: language, entities, sentiment, keyPhrases, summary")));
        }
        return tasks;
    }

    /**
     * A file's extracted text. Control characters that extraction can leave (form feeds between PDF pages) become
     * spaces, which keeps every offset; an inline text with them is refused instead, as binary data.
     */
    public DocumentAnalysis analyzeFile(InputStream content, String fileName, Set<AnalysisTask> tasks) {
        String text = fileText.extract(content, fileName, properties.maxText().toBytes());
        return analyze(CONTROL.matcher(text).replaceAll(" "), tasks);
    }

    public DocumentAnalysis analyze(String text, Set<AnalysisTask> tasks) {
        requireAnalysable(text);
        List<Sentence> sentences = Sentences.of(text);
        Map<String, String> versions = new LinkedHashMap<>();
        var language = tasks.contains(AnalysisTask.LANGUAGE) ? models.language.detect(text) : null;
        if (language != null) {
            versions.put("language", models.language.version());
        }
        DocumentAnalysis.Sentiment sentiment = null;
        if (tasks.contains(AnalysisTask.SENTIMENT)) {
            sentiment = sentiment(sentences);
            versions.put("sentiment", models.sentiment.version());
        }
        List<Entity> entities = null;
        if (tasks.contains(AnalysisTask.ENTITIES)) {
            entities = entities(text, sentences);
            versions.put("entities", models.entities.version() + "+patterns");
        }
        List<KeyPhrases.KeyPhrase> keyPhrases = null;
        if (tasks.contains(AnalysisTask.KEY_PHRASES)) {
            keyPhrases = KeyPhrases.of(text, sentences, properties.keyPhrases());
            versions.put("keyPhrases", KeyPhrases.VERSION);
        }
        String summary = null;
        if (tasks.contains(AnalysisTask.SUMMARY)) {
            summary = ExtractiveSummary.of(text, sentences, properties.summarySentences());
            versions.put("summary", ExtractiveSummary.VERSION);
        }
        return new DocumentAnalysis(language, sentiment, entities, keyPhrases, summary, versions, Instant.now());
    }

    private void requireAnalysable(String text) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > properties.maxText().toBytes()) {
            throw new TextTooLong(bytes, properties.maxText().toBytes());
        }
        if (text.isBlank()) {
            throw new InvalidField("text", "must not be blank");
        }
        if (CONTROL.matcher(text).find()) {
            throw new InvalidField("text", "contains control characters: binary data is not text");
        }
    }

    /** Per sentence, and for the document the sentences' mean score weighted by their length in tokens. */
    private DocumentAnalysis.Sentiment sentiment(List<Sentence> sentences) {
        List<DocumentAnalysis.SentencePolarity> perSentence = new ArrayList<>();
        double weighted = 0;
        int tokens = 0;
        for (Sentence sentence : sentences) {
            Polarity polarity = models.sentiment.polarity(sentence.tokens());
            perSentence.add(new DocumentAnalysis.SentencePolarity(sentence.start(), sentence.end(), polarity));
            weighted += polarity.score() * sentence.tokens().size();
            tokens += sentence.tokens().size();
        }
        Polarity document = SentimentModel.of(tokens == 0 ? 0 : weighted / tokens);
        return new DocumentAnalysis.Sentiment(document, perSentence);
    }

    /** Pattern matches first; a model entity overlapping one (a URL's path, a date's month) is dropped. */
    private List<Entity> entities(String text, List<Sentence> sentences) {
        List<Entity> found = new ArrayList<>(EntityPatterns.find(text));
        List<Entity> patterns = List.copyOf(found);
        for (Entity entity : models.entities.find(text, sentences)) {
            if (patterns.stream().noneMatch(p -> p.start() < entity.end() && entity.start() < p.end())) {
                found.add(entity);
            }
        }
        found.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
        return found;
    }
}
