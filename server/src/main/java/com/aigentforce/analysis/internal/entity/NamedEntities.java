package com.aigentforce.analysis.internal.entity;

import com.aigentforce.analysis.internal.model.ModelFile;
import com.aigentforce.analysis.internal.text.Sentence;
import com.aigentforce.analysis.internal.text.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The statistical name finder: an OpenNLP maximum-entropy model trained here (bench/analysis/train-ner.sh) on the
 * Broad Twitter Corpus and WNUT-17, applied sentence by sentence. A finder keeps per-document state, so each call
 * makes its own over the one shared model.
 */
public final class NamedEntities {

    public static final String VERSION = "ner-en-1";
    public static final String RESOURCE = "/analysis/" + VERSION + ".bin";

    private final ModelFile<TokenNameFinderModel> model;

    public NamedEntities(ModelFile<TokenNameFinderModel> model) {
        this.model = model;
    }

    public static ModelFile<TokenNameFinderModel> file() {
        return new ModelFile<>(VERSION, RESOURCE, TokenNameFinderModel::new);
    }

    public String version() {
        return model.version();
    }

    public List<Entity> find(String text, List<Sentence> sentences) {
        NameFinderME finder = new NameFinderME(model.get());
        List<Entity> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            Span[] spans = finder.find(words);
            double[] probabilities = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                Span span = spans[i];
                int start = tokens.get(span.getStart()).start();
                int end = tokens.get(span.getEnd() - 1).end();
                double confidence = probabilities[i];
                EntityType.ofLabel(span.getType())
                        .ifPresent(type -> found.add(new Entity(
                                text.substring(start, end), type, start, end, null, confidence, Entity.Source.MODEL)));
            }
        }
        return found;
    }
}
