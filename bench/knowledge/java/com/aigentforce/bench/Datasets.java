package com.aigentforce.bench;

import java.nio.file.Path;

/**
 * Where the public data sets the harnesses read live: {@code AIGENTFORCE_DATASETS}, by default {@code ../shared/datasets}
 * from the repository root (the scripts run from there).
 */
final class Datasets {

    private Datasets() {}

    /** The Cranfield collection's queries ({@code cranfield/cran.qry}). */
    static Path cranfieldQueries() {
        String root = System.getenv().getOrDefault("AIGENTFORCE_DATASETS", "../shared/datasets");
        return Path.of(root, "cranfield", "cran.qry");
    }
}
