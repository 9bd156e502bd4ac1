package com.aigentforce.bench.analysis;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the analysis module's name finder on btc.train + WNUT-17 emerging.dev.conll, prints its entity F1 on
 * btc.dev (the tuning split; the test splits are only ever read by NerBench) and writes the model file.
 * Usage: TrainNer OUTPUT_FILE [iterations] [cutoff] [algorithm: MAXENT_QN (L-BFGS, L2-regularised) or MAXENT]
 */
public final class TrainNer {

    private TrainNer() {}

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[0]);
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        int cutoff = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String algorithm = args.length > 3 ? args[3] : "MAXENT_QN";
        List<NameSample> training = new ArrayList<>(Conll.read(Conll.dataset("broad-twitter-corpus", "btc.train")));
        training.addAll(Conll.read(Conll.dataset("wnut17", "emerging.dev.conll")));
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put(TrainingParameters.THREADS_PARAM, 2);
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        System.out.printf(
                "training on %d sentences, %s, %d iterations, cutoff %d%n",
                training.size(), algorithm, iterations, cutoff);
        TokenNameFinderModel model = NameFinderME.train(
                "en", null, new CollectionObjectStream<>(training), parameters, new TokenNameFinderFactory());
        EntityScore dev = evaluate(model, Conll.read(Conll.dataset("broad-twitter-corpus", "btc.dev")), NerBench.BTC);
        System.out.println("btc.dev (tuning split), entity-level exact match:");
        System.out.println(dev.report());
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
            model.serialize(out);
        }
        System.out.printf("wrote %s (%d bytes)%n", output, Files.size(output));
    }

    static EntityScore evaluate(TokenNameFinderModel model, List<NameSample> samples, Map<String, String> scoring) {
        NameFinderME finder = new NameFinderME(model);
        EntityScore score = new EntityScore(scoring::get);
        for (NameSample sample : samples) {
            score.add(sample.getNames(), finder.find(sample.getSentence()));
            finder.clearAdaptiveData();
        }
        return score;
    }
}
