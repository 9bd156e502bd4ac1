package com.aigentforce.platform.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped because the data directory or the place of its cluster cannot be used. */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryUnusable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnusable cause) {
        return new FailureAnalysis(cause.getMessage(), cause.remedy(), cause);
    }
}
