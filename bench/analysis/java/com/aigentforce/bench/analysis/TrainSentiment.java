package com.aigentforce.bench.analysis;

import com.aigentforce.analysis.internal.sentiment.SentimentModel;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the sentence polarity model on the TRAIN parts of the labelled sentences and poem-sentiment (polar rows),
 * prints accuracy and macro-F1 on the DEV parts for a range of neutral margins (the product's is
 * SentimentModel.NEUTRAL_BELOW) and writes the model file. Usage: TrainSentiment OUTPUT_FILE
 */
public final class TrainSentiment {

    private TrainSentiment() {}

    public static void main(String[] args) throws IOException {
        List<DocumentSample> samples = new ArrayList<>();
        List<SentimentData.Example> training = new ArrayList<>(SentimentData.reviews(SentimentData.Split.TRAIN));
        training.addAll(SentimentData.poems(SentimentData.Split.TRAIN));
        for (SentimentData.Example example : training) {
            if (!example.label().equals("neutral")) {
                samples.add(new DocumentSample(example.label(), example.words()));
            }
        }
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 200);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        System.out.printf("training on %d polar sentences%n", samples.size());
        DoccatModel model = DocumentCategorizerME.train(
                "en",
                new CollectionObjectStream<>(samples),
                parameters,
                new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator()}));
        Path output = Path.of(args[0]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            model.serialize(out);
        }
        System.out.printf("wrote %s (%d bytes); product margin %.2f%n", output, Files.size(output), SentimentModel.NEUTRAL_BELOW);
        for (double margin : new double[] {0.0, 0.1, 0.2, 0.3, 0.4, 0.5}) {
            System.out.printf(
                    "margin %.1f: reviews dev %s | poems dev %s%n",
                    margin,
                    SentimentBench.evaluate(model, SentimentData.reviews(SentimentData.Split.DEV), margin).summary(),
                    SentimentBench.evaluate(model, SentimentData.poems(SentimentData.Split.DEV), margin).summary());
        }
    }
}
