package com.aigentforce.bench.analysis;

import com.aigentforce.analysis.internal.AnalysisProperties;
import com.aigentforce.analysis.internal.service.AnalysisModels;
import com.aigentforce.analysis.internal.service.AnalysisService;
import com.aigentforce.analysis.internal.service.AnalysisTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Analysis throughput in one thread, every task, through the same AnalysisService the endpoint calls (no HTTP): the
 * Cranfield abstracts as short documents (~1 KB) and runs of ten of them as ~10 KB documents. Usage: ThroughputBench
 */
public final class ThroughputBench {

    private ThroughputBench() {}

    public static void main(String[] args) throws IOException {
        AnalysisService service = new AnalysisService(new AnalysisModels(), new AnalysisProperties(null, 0, 0), null);
        List<String> abstracts = abstracts();
        List<String> long10 = new ArrayList<>();
        for (int i = 0; i + 10 <= abstracts.size(); i += 10) {
            long10.add(String.join("\n\n", abstracts.subList(i, i + 10)));
        }
        Set<AnalysisTask> all = EnumSet.allOf(AnalysisTask.class);
        run(service, abstracts.subList(0, 200), all, "warm-up (not a result)");
        run(service, abstracts, all, "Cranfield abstracts (~1 KB)");
        run(service, long10, all, "ten abstracts per document (~10 KB)");
    }

    private static void run(AnalysisService service, List<String> documents, Set<AnalysisTask> tasks, String name) {
        long bytes = 0;
        long started = System.nanoTime();
        for (String document : documents) {
            service.analyze(document, tasks);
            bytes += document.getBytes(StandardCharsets.UTF_8).length;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "RESULT %s: %d documents, %.1f KB average, %.1f documents/s, %.3f MB/s%n",
                name, documents.size(), bytes / 1024.0 / documents.size(), documents.size() / seconds,
                bytes / 1e6 / seconds);
    }

    /** The abstracts of cran.all.1400 (text after .W of each .I record). */
    private static List<String> abstracts() throws IOException {
        String raw = Files.readString(Conll.dataset("cranfield", "cran.all.1400"), StandardCharsets.ISO_8859_1);
        List<String> texts = new ArrayList<>();
        for (String record : raw.split("(?m)^\\.I ")) {
            String[] parts = record.split("(?m)^\\.W\\s*$");
            if (parts.length == 2 && !parts[1].isBlank()) {
                texts.add(parts[1].strip());
            }
        }
        return texts;
    }
}
