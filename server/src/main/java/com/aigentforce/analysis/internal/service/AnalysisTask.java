package com.aigentforce.analysis.internal.service;

import java.util.Arrays;
import java.util.Optional;

/** What an analysis can compute; the API names them as in {@link #apiName()}. */
public enum AnalysisTask {
    LANGUAGE("language"),
    ENTITIES("entities"),
    SENTIMENT("sentiment"),
    KEY_PHRASES("keyPhrases"),
    SUMMARY("summary");

    private final String apiName;

    AnalysisTask(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<AnalysisTask> ofApiName(String name) {
        return Arrays.stream(values()).filter(task -> task.apiName.equals(name)).findFirst();
    }
}
