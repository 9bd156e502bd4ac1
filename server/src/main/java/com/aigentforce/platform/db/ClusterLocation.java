package com.aigentforce.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a data directory's PostgreSQL cluster lives, with the extracted binaries ({@code postgres-runtime/}) and
 * the owner record ({@code postgres.owner}) beside it.
 *
 * <p>Normally that is inside the data directory. As root the server runs as {@code nobody}; when {@code nobody}
 * cannot enter one of the data directory's parents (a clone in root's mode-700 home), the cluster lives in a
 * directory of its own under the relocation directory ({@code /var/lib/aigentforce/<hash of the data directory's
 * path>}, root-owned, mode 0711) and {@code data/postgres} is a symbolic link to it. An existing link is always
 * followed, so the same data directory finds the same cluster after a restart or a move.
 *
 * @param cluster the cluster directory (PostgreSQL's data directory), its real path
 * @param relocated whether the cluster lives outside the data directory
 */
record ClusterLocation(Path cluster, boolean relocated) {

    private static final Logger LOGGER = LoggerFactory.getLogger(ClusterLocation.class);
    private static final String CLUSTER = "postgres";
    private static final String RUNTIME = "postgres-runtime";

    Path runtime() {
        return cluster.resolveSibling(RUNTIME);
    }

    Path ownerFile() {
        return cluster.resolveSibling("postgres.owner");
    }

    /**
     * Finds, or on first use chooses, where the cluster of {@code dataDirectory} lives.
     *
     * @param root whether the server will run as {@code nobody} because this JVM is root
     * @param relocationDirectory where clusters go that {@code nobody} could not reach in their data directory
     */
    static ClusterLocation of(Path dataDirectory, boolean root, Path relocationDirectory) throws IOException {
        Path base = prepareDataDirectory(dataDirectory.toAbsolutePath().normalize());
        Path link = base.resolve(CLUSTER);
        if (Files.isSymbolicLink(link)) {
            return followLink(base, link, root);
        }
        Path blocked = root ? firstNotTraversable(base) : null;
        if (blocked == null) {
            return new ClusterLocation(link, false);
        }
        if (Files.exists(link)) {
            throw DataDirectoryUnusable.clusterUnreachable(link, blocked);
        }
        return relocate(
                base, link, blocked, relocationDirectory.toAbsolutePath().normalize());
    }

    private static Path prepareDataDirectory(Path base) {
        if (Files.exists(base) && !Files.isDirectory(base)) {
            throw DataDirectoryUnusable.notADirectory(base);
        }
        try {
            Files.createDirectories(base);
        } catch (IOException e) {
            throw DataDirectoryUnusable.notCreatable(base, e);
        }
        if (!Files.isWritable(base)) {
            throw DataDirectoryUnusable.notWritable(base);
        }
        return base;
    }

    private static ClusterLocation followLink(Path base, Path link, boolean root) throws IOException {
        Path target = base.resolve(Files.readSymbolicLink(link)).normalize();
        if (!Files.isDirectory(target)) {
            throw DataDirectoryUnusable.linkBroken(link, target);
        }
        Path cluster = target.toRealPath();
        Path blocked = root ? firstNotTraversable(cluster.getParent()) : null;
        if (blocked != null) {
            throw DataDirectoryUnusable.clusterUnreachable(cluster, blocked);
        }
        return new ClusterLocation(cluster, !cluster.startsWith(base.toRealPath()));
    }

    private static ClusterLocation relocate(Path base, Path link, Path blocked, Path relocationDirectory)
            throws IOException {
        Path home = relocationDirectory.resolve(hashOf(base.toRealPath()));
        try {
            createPassable(relocationDirectory);
            createPassable(home);
        } catch (IOException e) {
            throw DataDirectoryUnusable.relocationImpossible(blocked, relocationDirectory, e.toString());
        }
        Path stillBlocked = firstNotTraversable(home);
        if (stillBlocked != null) {
            throw DataDirectoryUnusable.relocationImpossible(
                    blocked, relocationDirectory, "'nobody' cannot enter " + stillBlocked + " either");
        }
        // tells an operator listing the relocation directory which data directory each cluster belongs to
        Files.writeString(home.resolve("data-directory"), base + "\n", StandardCharsets.UTF_8);
        Path cluster = home.resolve(CLUSTER);
        if (Files.exists(cluster, LinkOption.NOFOLLOW_LINKS)) {
            // an earlier data directory at this path was deleted (e.g. to start over): its cluster does not belong to
            // the new one (another password), so it is kept aside, never reused and never deleted
            Path kept = home.resolve(CLUSTER + ".orphaned-" + System.currentTimeMillis());
            Files.move(cluster, kept);
            LOGGER.warn(
                    "EmbeddedPostgres(dataDirectory={}) is new, but {} held the cluster of an earlier data directory at"
                            + " the same path; kept it as {} (delete it when it is not needed)",
                    base,
                    cluster,
                    kept);
        }
        Files.createSymbolicLink(link, cluster);
        try {
            // the binaries' usual place in the data directory, for the backup commands in docs/operations.md
            Files.createSymbolicLink(base.resolve(RUNTIME), home.resolve(RUNTIME));
        } catch (FileAlreadyExistsException keptFromAnEarlierRun) {
            // a real runtime directory from a run that could reach the data directory; ours is beside the cluster
        }
        LOGGER.info(
                "EmbeddedPostgres(dataDirectory={}) is out of reach of the server user 'nobody' ({} is private): "
                        + "its cluster moves to {}",
                base,
                blocked,
                home);
        return new ClusterLocation(cluster, true);
    }

    /** Root-owned and mode 0711 when we make it: the server user may pass through but not list it. */
    private static void createPassable(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx--x--x"));
        }
    }

    /** The outermost directory on the way to {@code path} that other users cannot enter, or null if there is none. */
    static Path firstNotTraversable(Path path) throws IOException {
        Path blocked = null;
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                blocked = p;
            }
        }
        return blocked;
    }

    private static String hashOf(Path path) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(path.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
