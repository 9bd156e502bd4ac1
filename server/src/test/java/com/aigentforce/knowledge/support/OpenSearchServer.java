package com.aigentforce.knowledge.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch node (single-node cluster) in a JVM of its own, on loopback ports in 19200-19299, for tests of
 * the Elasticsearch search backend. Maven lays out the distribution under {@code target/opensearch} (the minimal
 * distribution with the analysis-common and lang-painless modules and the k-NN plugin, from Maven Central); this
 * class adds the two modules' descriptors, gives the node its own config, data and log directories, and runs it as
 * {@code nobody} when the tests run as root (OpenSearch refuses root). OpenSearch 2.19 installs a security manager,
 * so it needs a JDK 11-21 (the machine's OpenJDK 17), not the JDK 25 that runs the tests.
 */
public final class OpenSearchServer implements AutoCloseable {

    private static final List<String> JAVA_HOMES = List.of(
            "/usr/lib/jvm/java-21-openjdk-amd64",
            "/usr/lib/jvm/temurin-21-jdk-amd64",
            "/usr/lib/jvm/java-17-openjdk-amd64",
            "/usr/lib/jvm/temurin-17-jdk-amd64");

    private final Process process;
    private final int port;
    private final Path console;

    private OpenSearchServer(Process process, int port, Path console) {
        this.process = process;
        this.port = port;
        this.console = console;
    }

    /** Starts a node whose config, data and logs live under {@code workDir} and waits until it serves. */
    public static OpenSearchServer start(Path workDir) throws IOException {
        String home = System.getProperty("aigentforce.test.opensearch-home");
        if (home == null || !Files.isDirectory(Path.of(home, "bin"))) {
            throw new IllegalStateException("no OpenSearch distribution at " + home
                    + ": run the test through Maven (process-test-resources lays it out under target/opensearch)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path distribution = Path.of(home).toAbsolutePath();
        if (root && !reachableByOthers(distribution)) {
            // a checkout in a private home (/root is 0700): nobody could not even start bin/opensearch
            distribution = copyTree(distribution, workDir.resolve(distribution.getFileName()));
        }
        String version = distribution.getFileName().toString().substring("opensearch-".length());
        describeModules(distribution, version);
        Path config = workDir.resolve("config");
        Path data = Files.createDirectories(workDir.resolve("data"));
        Path logs = Files.createDirectories(workDir.resolve("logs"));
        copyConfig(distribution.resolve("config"), config);
        // the JVM's own files (GC log, heap dumps, crash logs) go to this node's directories, not the distribution's
        Path jvmOptions = config.resolve("jvm.options");
        Files.writeString(
                jvmOptions,
                Files.readString(jvmOptions)
                        .replace("file=logs/", "file=" + logs + "/")
                        .replace("=logs/", "=" + logs + "/")
                        .replace("HeapDumpPath=data", "HeapDumpPath=" + data));
        int httpPort = freePort(19200, 19250);
        int transportPort = freePort(19250, 19300);
        List<String> command = new ArrayList<>();
        if (root) {
            handToNobody(workDir);
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(
                distribution.resolve("bin/opensearch").toString(),
                "-Ecluster.name=aigentforce-test",
                "-Enode.name=test-node",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + data,
                "-Epath.logs=" + logs,
                // a nearly full disk must not turn the test's index read-only
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        Path console = workDir.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        builder.environment().put("OPENSEARCH_JAVA_HOME", javaHome());
        builder.environment().put("OPENSEARCH_PATH_CONF", config.toString());
        builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
        Process process = builder.start();
        // a test JVM that dies without closing the server takes the node with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        OpenSearchServer server = new OpenSearchServer(process, httpPort, console);
        try {
            server.awaitServing();
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalStateException("OpenSearch did not start; its output:\n" + server.output(), e);
        }
        return server;
    }

    /** The node's HTTP address, as {@code AIGENTFORCE_SEARCH_URIS} takes it. */
    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** GET on the node's REST API, answering the body (for assertions on what the application created). */
    public String get(String path) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create(uri() + path))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitServing() {
        await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .failFast("OpenSearch exited", () -> !process.isAlive())
                .ignoreExceptions()
                .until(() -> get("/_cluster/health?wait_for_status=yellow&timeout=1s")
                        .contains("\"timed_out\":false"));
    }

    private String output() {
        try {
            List<String> lines = Files.readAllLines(console);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** The minimal distribution ships no analysis-common or lang-painless module: Maven copies their jars in. */
    private static void describeModules(Path distribution, String version) throws IOException {
        describe(
                distribution.resolve("modules/lang-painless"),
                version,
                "org.opensearch.painless.PainlessPlugin",
                "",
                // painless compiles scripts into classes of its own (the k-NN plugin's scoring scripts)
                "grant {\n  permission java.lang.RuntimePermission \"createClassLoader\";\n"
                        + "  permission java.lang.RuntimePermission \"getClassLoader\";\n};\n");
        describe(
                distribution.resolve("modules/analysis-common"),
                version,
                "org.opensearch.analysis.common.CommonAnalysisPlugin",
                "lang-painless",
                null);
    }

    private static void describe(Path module, String version, String className, String extended, String policy)
            throws IOException {
        Files.writeString(
                module.resolve("plugin-descriptor.properties"),
                String.join(
                        "\n",
                        "description=" + module.getFileName(),
                        "version=" + version,
                        "name=" + module.getFileName(),
                        "classname=" + className,
                        "java.version=11",
                        "opensearch.version=" + version,
                        "extended.plugins=" + extended,
                        "has.native.controller=false",
                        ""));
        if (policy != null) {
            Files.writeString(module.resolve("plugin-security.policy"), policy);
        }
    }

    private static void copyConfig(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** True when every directory above {@code path} lets other users through (o+x). */
    private static boolean reachableByOthers(Path path) throws IOException {
        for (Path dir = path.getParent(); dir != null; dir = dir.getParent()) {
            if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Files.copy(
                        source,
                        to.resolve(from.relativize(source).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
            }
        }
        return to;
    }

    private static void handToNobody(Path workDir) throws IOException {
        UserPrincipalLookupService users = workDir.getFileSystem().getUserPrincipalLookupService();
        var nobody = users.lookupPrincipalByName("nobody");
        try (Stream<Path> paths = Files.walk(workDir)) {
            for (Path path : paths.toList()) {
                Files.setOwner(path, nobody);
            }
        }
    }

    private static String javaHome() {
        String configured = System.getenv("AIGENTFORCE_OPENSEARCH_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return JAVA_HOMES.stream()
                .filter(home -> Files.isExecutable(Path.of(home, "bin/java")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("OpenSearch 2.19 needs a JDK 11-21 (one of " + JAVA_HOMES
                        + ", or AIGENTFORCE_OPENSEARCH_JAVA_HOME): apt-get install openjdk-17-jre-headless"));
    }

    private static int freePort(int from, int to) {
        for (int port = from; port < to; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in " + from + "-" + (to - 1));
    }
}
