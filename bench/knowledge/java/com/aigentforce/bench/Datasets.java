package com.aigentforce.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the public data sets the harnesses read live: {@code AIGENTFORCE_DATASETS}, by default {@code ../shared/datasets}
 * from the repository root (the scripts run from there).
 */
final class Datasets {

    private Datasets() {}

    /** The text of each Cranfield query ({@code cranfield/cran.qry}: {@code .I} records, text after {@code .W}). */
    static List<String> cranfieldQueries() throws IOException {
        String root = System.getenv().getOrDefault("AIGENTFORCE_DATASETS", "../shared/datasets");
        String raw = Files.readString(Path.of(root, "cranfield", "cran.qry"), StandardCharsets.ISO_8859_1);
        List<String> texts = new ArrayList<>();
        for (String record : raw.split("(?m)^\\.I ")) {
            String[] parts = record.split("(?m)^\\.W\\s*$");
            if (parts.length == 2) {
                texts.add(parts[1].replaceAll("\\s+", " ").trim());
            }
        }
        return texts;
    }
}
