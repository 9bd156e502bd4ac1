package com.aigentforce.platform.db;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped because the embedded PostgreSQL did not start: quote what it said and suggest the usual fix. */
class EmbeddedPostgresFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresDidNotStart> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresDidNotStart cause) {
        String said = cause.lastLines().stream().map(line -> "    " + line).collect(Collectors.joining("\n"));
        String description = "The embedded PostgreSQL failed to " + cause.step() + " (cluster " + cause.cluster()
                + ", port " + cause.port() + "). "
                + (cause.log() == null ? "It said:" : "The end of its log " + cause.log() + ":") + "\n" + said;
        return new FailureAnalysis(description, action(cause, String.join("\n", cause.lastLines())), cause);
    }

    private static String action(EmbeddedPostgresDidNotStart cause, String said) {
        if (said.contains("Address already in use")) {
            return "Another process listens on port " + cause.port() + ". Stop it, or unset "
                    + "AIGENTFORCE_EMBEDDED_DB_PORT so the server picks a free port.";
        }
        if (said.contains("No space left on device")) {
            return "Free disk space where the cluster lives (" + cause.cluster() + ") and start again.";
        }
        if (said.contains("incompatible with server")) {
            return "The cluster was made by another PostgreSQL version: restore a backup into a new data directory "
                    + "(docs/operations.md, 'Backup and restore').";
        }
        return "Fix what the log names and start again"
                + (cause.log() == null ? "." : "; the whole log is " + cause.log() + ".")
                + " A cluster that will not start can be restored from a backup (docs/operations.md, 'Backup and "
                + "restore').";
    }
}
