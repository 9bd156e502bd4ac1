package com.aigentforce.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * As root, PostgreSQL runs as {@code nobody}; a fresh clone in root's mode-700 home must start anyway, with its
 * cluster relocated where {@code nobody} can reach it, and find the same cluster after a restart.
 */
class ClusterRelocationTest {

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path temp;

    private Path home;
    private Path dataDir;
    private Path relocationDir;

    @BeforeEach
    void privateHomeAsRoot() throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "the server user is 'nobody' only when running as root");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        home = Files.createDirectories(temp.resolve("root-home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        dataDir = home.resolve("project/data");
        relocationDir = temp.resolve("var-lib-aigentforce");
    }

    @Test
    void aDataDirectoryInAPrivateHomeKeepsItsClusterInTheRelocationDirectoryAcrossRestarts() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.start(dataDir, relocationDir, 0, false)) {
            execute(first, "create table kept (value text); insert into kept values ('survives')");
        }

        Path link = dataDir.resolve("postgres");
        assertThat(link).isSymbolicLink();
        Path cluster = link.toRealPath();
        assertThat(cluster.getParent().getParent()).isEqualTo(relocationDir.toRealPath());
        assertThat(Files.readString(cluster.resolveSibling("data-directory")).strip())
                .isEqualTo(dataDir.toString());
        assertThat(Files.getAttribute(cluster, "unix:uid", LinkOption.NOFOLLOW_LINKS))
                .as("the cluster belongs to the server user")
                .isEqualTo(65534);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(relocationDir)))
                .as("others may pass through the relocation directory but not list it")
                .isEqualTo("rwx--x--x");
        assertThat(dataDir.resolve("postgres-runtime")).isSymbolicLink();
        assertThat(dataDir.resolve("postgres.secret")).isRegularFile();

        try (EmbeddedPostgres second = EmbeddedPostgres.start(dataDir, relocationDir, 0, false)) {
            assertThat(second.attached()).isFalse();
            assertThat(queryText(second, "select value from kept")).isEqualTo("survives");
        }
        assertThat(link.toRealPath()).isEqualTo(cluster);
    }

    @Test
    void aDataDirectoryDeletedToStartOverGetsANewClusterAndTheOldOneIsKeptAside() throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.start(dataDir, relocationDir, 0, false)) {
            execute(first, "create table earlier (value text)");
        }
        Path home = dataDir.resolve("postgres").toRealPath().getParent();
        deleteTree(dataDir);

        try (EmbeddedPostgres fresh = EmbeddedPostgres.start(dataDir, relocationDir, 0, false)) {
            assertThat(queryText(fresh, "select count(*) from pg_tables where tablename = 'earlier'"))
                    .isEqualTo("0");
        }
        try (var kept = Files.list(home)) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("postgres.orphaned-"));
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var tree = Files.walk(dir)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void anExistingClusterTheServerUserCannotReachStopsWithTheDirectoryToOpen() throws Exception {
        Files.createDirectories(dataDir.resolve("postgres"));

        assertThatThrownBy(() -> EmbeddedPostgres.start(dataDir, relocationDir, 0, false))
                .isInstanceOfSatisfying(DataDirectoryUnusable.class, e -> {
                    FailureAnalysis analysis = new DataDirectoryFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription())
                            .isEqualTo("Running as root, the embedded PostgreSQL runs as the user 'nobody' (PostgreSQL"
                                    + " refuses root), which cannot reach the existing cluster "
                                    + dataDir.resolve("postgres") + ": it cannot enter " + home + ".");
                    assertThat(analysis.getAction()).startsWith("Let it through with 'chmod o+x " + home + "'");
                });
        assertThat(relocationDir).doesNotExist();
    }

    @Test
    void aLinkToAMissingClusterIsNeverReplacedByAnEmptyOne() throws Exception {
        Files.createDirectories(dataDir);
        Path gone = relocationDir.resolve("0123456789abcdef/postgres");
        Files.createSymbolicLink(dataDir.resolve("postgres"), gone);

        assertThatThrownBy(() -> EmbeddedPostgres.start(dataDir, relocationDir, 0, false))
                .isInstanceOfSatisfying(DataDirectoryUnusable.class, e -> {
                    FailureAnalysis analysis = new DataDirectoryFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription())
                            .isEqualTo("The embedded PostgreSQL cluster is missing: " + dataDir.resolve("postgres")
                                    + " links to " + gone + ", which does not exist.");
                    assertThat(analysis.getAction())
                            .contains("Restore " + gone + " from a backup")
                            .contains("remove the link");
                });
        assertThat(gone).doesNotExist();
    }

    @Test
    void aServerThatCannotStartQuotesTheEndOfItsLog() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedPostgres.start(dataDir, relocationDir, port, false))
                    .isInstanceOfSatisfying(EmbeddedPostgresDidNotStart.class, e -> {
                        FailureAnalysis analysis = new EmbeddedPostgresFailureAnalyzer().analyze(e);
                        assertThat(analysis.getDescription())
                                .startsWith("The embedded PostgreSQL failed to start (cluster "
                                        + relocationDir.toAbsolutePath())
                                .contains(", port " + port + "). The end of its log ")
                                .contains("Address already in use");
                        assertThat(analysis.getAction())
                                .isEqualTo("Another process listens on port " + port + ". Stop it, or unset "
                                        + "AIGENTFORCE_EMBEDDED_DB_PORT so the server picks a free port.");
                    });
        }
    }

    private static void execute(EmbeddedPostgres server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, server.password());
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String queryText(EmbeddedPostgres server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER, server.password());
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
