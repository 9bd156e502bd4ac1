package com.aigentforce.platform.db;

import java.nio.file.Path;
import java.util.List;

/**
 * A PostgreSQL tool ({@code initdb}, {@code pg_ctl start}) failed for the embedded server. Carries the end of what
 * PostgreSQL said, so {@link EmbeddedPostgresFailureAnalyzer} can quote it instead of a stack trace.
 */
final class EmbeddedPostgresDidNotStart extends IllegalStateException {

    private final String step;
    private final Path cluster;
    private final Path log;
    private final int port;
    private final List<String> lastLines;

    EmbeddedPostgresDidNotStart(
            String step, Path cluster, Path log, int port, List<String> lastLines, Throwable cause) {
        super(
                "The embedded PostgreSQL failed to " + step + " (cluster " + cluster + ", port " + port + "): "
                        + String.join(" | ", lastLines),
                cause);
        this.step = step;
        this.cluster = cluster;
        this.log = log;
        this.port = port;
        this.lastLines = List.copyOf(lastLines);
    }

    /** What failed: "initialise its cluster" or "start". */
    String step() {
        return step;
    }

    Path cluster() {
        return cluster;
    }

    /** The server's log file, or null when the failure came before the server wrote one. */
    Path log() {
        return log;
    }

    int port() {
        return port;
    }

    List<String> lastLines() {
        return lastLines;
    }
}
