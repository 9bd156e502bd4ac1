package com.aigentforce.analysis.internal.sentiment;

import com.aigentforce.analysis.internal.model.ModelFile;
import com.aigentforce.analysis.internal.text.Token;
import java.util.List;
import java.util.Locale;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Sentence polarity: an OpenNLP maximum-entropy document categorizer over lower-cased words and word pairs, trained
 * here (bench/analysis/train-sentiment.sh) on the polar rows of the labelled review sentences and poem-sentiment.
 * A span is neutral when the model is not sure either way: |P(positive) − P(negative)| below {@link #NEUTRAL_BELOW},
 * the margin chosen on the dev splits by the training command.
 */
public final class SentimentModel {

    public static final String VERSION = "sentiment-en-1";
    public static final String RESOURCE = "/analysis/" + VERSION + ".bin";
    public static final double NEUTRAL_BELOW = 0.3;

    private final ModelFile<DoccatModel> model;

    public SentimentModel(ModelFile<DoccatModel> model) {
        this.model = model;
    }

    public static ModelFile<DoccatModel> file() {
        return new ModelFile<>(VERSION, RESOURCE, DoccatModel::new);
    }

    public String version() {
        return model.version();
    }

    public Polarity polarity(List<Token> tokens) {
        return polarity(words(tokens));
    }

    public Polarity polarity(String[] words) {
        if (words.length == 0) {
            return new Polarity(SentimentLabel.NEUTRAL, 0);
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model.get());
        double[] outcomes = categorizer.categorize(words);
        double score = outcomes[categorizer.getIndex("positive")] - outcomes[categorizer.getIndex("negative")];
        return of(score);
    }

    public static Polarity of(double score) {
        if (Math.abs(score) < NEUTRAL_BELOW) {
            return new Polarity(SentimentLabel.NEUTRAL, score);
        }
        return new Polarity(score > 0 ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE, score);
    }

    /** The model's input: the lower-cased tokens. */
    public static String[] words(List<Token> tokens) {
        return tokens.stream()
                .map(token -> token.text().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
    }
}
