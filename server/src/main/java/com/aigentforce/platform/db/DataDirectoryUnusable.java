package com.aigentforce.platform.db;

import java.nio.file.Path;

/**
 * The data directory, or the place of its PostgreSQL cluster, cannot be used. Carries what is wrong and what the
 * operator can do about it; {@link DataDirectoryFailureAnalyzer} prints both instead of a stack trace.
 */
final class DataDirectoryUnusable extends IllegalStateException {

    private static final String SERVER_USER =
            "Running as root, the embedded PostgreSQL runs as the user 'nobody' (PostgreSQL refuses root)";

    private final Path directory;
    private final String remedy;

    private DataDirectoryUnusable(Path directory, String problem, String remedy) {
        super(problem);
        this.directory = directory;
        this.remedy = remedy;
    }

    Path directory() {
        return directory;
    }

    /** What the operator can do, one or two sentences. */
    String remedy() {
        return remedy;
    }

    static DataDirectoryUnusable notCreatable(Path directory, Exception cause) {
        return new DataDirectoryUnusable(
                directory,
                "The data directory " + directory + " cannot be created (" + cause + ").",
                "Set AIGENTFORCE_DATA_DIR to a directory the user " + user() + " can write, or create " + directory
                        + " and give that user write access to it.");
    }

    static DataDirectoryUnusable notADirectory(Path path) {
        return new DataDirectoryUnusable(
                path,
                "The data directory " + path + " is a file, not a directory.",
                "Set AIGENTFORCE_DATA_DIR to a directory (it is created if missing), or move the file away.");
    }

    static DataDirectoryUnusable notWritable(Path directory) {
        return new DataDirectoryUnusable(
                directory,
                "The data directory " + directory + " is not writable by the user " + user() + ".",
                "Give that user write access to it (chown or chmod), or set AIGENTFORCE_DATA_DIR to a directory it "
                        + "can write.");
    }

    static DataDirectoryUnusable clusterUnreachable(Path cluster, Path blocked) {
        return new DataDirectoryUnusable(
                cluster,
                SERVER_USER + ", which cannot reach the existing cluster " + cluster + ": it cannot enter " + blocked
                        + ".",
                "Let it through with 'chmod o+x " + blocked + "', or move the cluster to a directory 'nobody' can "
                        + "reach and leave a symbolic link to it at " + cluster + ".");
    }

    static DataDirectoryUnusable linkBroken(Path link, Path target) {
        return new DataDirectoryUnusable(
                link,
                "The embedded PostgreSQL cluster is missing: " + link + " links to " + target
                        + ", which does not exist.",
                "Restore " + target + " from a backup (docs/operations.md, 'Backup and restore'), or remove the link "
                        + link + " to start with a new, empty database.");
    }

    static DataDirectoryUnusable relocationImpossible(Path blocked, Path relocationDirectory, String why) {
        return new DataDirectoryUnusable(
                relocationDirectory,
                SERVER_USER + ", which cannot enter " + blocked + ", so the cluster was to live under "
                        + relocationDirectory + " instead, but that failed: " + why + ".",
                "Set AIGENTFORCE_EMBEDDED_DB_RELOCATION_DIR to a directory root can write whose parents everyone may "
                        + "enter, set AIGENTFORCE_DATA_DIR to such a directory, or run as a user other than root.");
    }

    private static String user() {
        return "'" + System.getProperty("user.name") + "'";
    }
}
