package com.aigentforce.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.security.auth.module.UnixSystem;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator command started beside a serving node on the same data directory (reseal-secrets, rebuild-index)
 * must use the node's running server, not stop it as stale; a server whose owning process died is stale and is
 * replaced — also when, as root, the cluster was relocated out of a data directory its server user cannot reach.
 */
class EmbeddedPostgresOwnershipTest {

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path temp;

    private Path dataDir;
    private Path relocationDir;

    @BeforeEach
    void worldTraversableTemp() throws Exception {
        // JUnit makes temp directories private; the server user must be able to pass through when tests run as root
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        relocationDir = temp.resolve("relocated");
    }

    @Test
    void aSecondProcessAttachesToTheRunningServerAndLeavesItRunning() throws Exception {
        dataDir = Files.createDirectories(temp.resolve("data"));
        attachesWhileTheOwnerLivesAndTakesOverWhenItDies();
    }

    @Test
    void attachingAndTakingOverWorkTheSameForAClusterRelocatedOutOfAPrivateHome() throws Exception {
        assumeTrue(new UnixSystem().getUid() == 0, "relocation happens only when running as root");
        Path home = Files.createDirectories(temp.resolve("root-home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        dataDir = home.resolve("project/data");
        attachesWhileTheOwnerLivesAndTakesOverWhenItDies();
        assertThat(dataDir.resolve("postgres").toRealPath()).startsWith(relocationDir);
    }

    private void attachesWhileTheOwnerLivesAndTakesOverWhenItDies() throws Exception {
        Process owner = startOwner();
        try {
            int ownerPort = readyPort(owner);

            try (EmbeddedPostgres second = EmbeddedPostgres.start(dataDir, relocationDir, 0, false)) {
                assertThat(second.attached()).isTrue();
                assertThat(second.port()).isEqualTo(ownerPort);
                assertThat(selectOne(second)).isEqualTo(1);
            }
            assertThat(owner.isAlive()).isTrue();
            assertThat(selectOne(ownerPort))
                    .as("the owner's server outlives the attached process")
                    .isEqualTo(1);

            owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // a killed node leaves its server behind
            try (EmbeddedPostgres successor = EmbeddedPostgres.start(dataDir, relocationDir, 0, false)) {
                assertThat(successor.attached()).isFalse();
                assertThat(selectOne(successor)).isEqualTo(1);
            }
        } finally {
            owner.destroyForcibly();
        }
    }

    private Process startOwner() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresOwner.class.getName(),
                        dataDir.toString(),
                        relocationDir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static int readyPort(Process owner) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return Integer.parseInt(line.substring("READY ".length()).strip());
            }
        }
        throw new AssertionError("the owner process exited before its server was ready");
    }

    private static int selectOne(EmbeddedPostgres server) throws Exception {
        return query(server.jdbcUrl("postgres"), server.password());
    }

    private int selectOne(int port) throws Exception {
        String password = Files.readString(dataDir.resolve("postgres.secret")).strip();
        return query("jdbc:postgresql://127.0.0.1:" + port + "/postgres", password);
    }

    private static int query(String url, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgres.SUPERUSER, password);
                ResultSet rs = c.createStatement().executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
