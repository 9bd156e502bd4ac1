package com.aigentforce.platform.db;

import java.nio.file.AccessDeniedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up stopped because a file was refused: the signing keys, the search index or the files directory (inside
 * the data directory unless configured elsewhere) are made by their own modules, each in its own way.
 */
class FileAccessFailureAnalyzer extends AbstractFailureAnalyzer<AccessDeniedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AccessDeniedException cause) {
        String user = "'" + System.getProperty("user.name") + "'";
        return new FailureAnalysis(
                "Permission denied: the user " + user + " cannot write " + cause.getFile() + ".",
                "Give that user write access to it, or point AIGENTFORCE_DATA_DIR (or the setting that names this "
                        + "directory, see the README's configuration table) at a directory it can write.",
                cause);
    }
}
