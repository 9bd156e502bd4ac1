package com.aigentforce.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Real starts of the database configuration that fail for a known cause print one plain description and what to
 * do (Spring Boot's failure report, from the analyzers in META-INF/spring.factories), not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupFailureTest {

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path temp;

    @Test
    void aDataDirectoryThatIsAFileIsNamedWithWhatToDo(CapturedOutput output) throws Exception {
        Path file = Files.writeString(temp.resolve("data"), "not a directory");

        assertThatThrownBy(() -> start("--aigentforce.data-dir=" + file)).isInstanceOf(Exception.class);

        assertReport(
                output,
                "The data directory " + file + " is a file, not a directory.",
                "Set AIGENTFORCE_DATA_DIR to a directory (it is created if missing), or move the file away.");
    }

    @Test
    void anExternalDatabaseNobodyListensOnIsNamedAsUnreachable(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/aigentforce";

        assertThatThrownBy(() -> start("--aigentforce.db.url=" + url + "?password=never-printed"))
                .isInstanceOf(Exception.class);

        assertReport(
                output,
                "The external database " + url + " cannot be reached: Connection to 127.0.0.1:" + closedPort
                        + " refused.",
                "Check that PostgreSQL runs at that host and port and accepts TCP connections from this host "
                        + "(listen_addresses, firewall), or unset AIGENTFORCE_DB_URL to use the embedded database.");
        assertThat(output).doesNotContain("never-printed");
    }

    @Test
    void aWrongPasswordForTheExternalDatabaseIsNamedAsARefusedSignIn(CapturedOutput output) throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (EmbeddedPostgres external = EmbeddedPostgres.start(temp.resolve("external"), temp, 0, false)) {
            String url = external.jdbcUrl("postgres");

            assertThatThrownBy(() -> start(
                            "--aigentforce.db.url=" + url,
                            "--aigentforce.db.username=postgres",
                            "--aigentforce.db.password=wrong"))
                    .isInstanceOf(Exception.class);

            assertReport(
                    output,
                    "The external database " + url + " refused the sign-in: password authentication failed for "
                            + "user \"postgres\"",
                    "Check AIGENTFORCE_DB_USER and AIGENTFORCE_DB_PASSWORD, and that pg_hba.conf admits that user "
                            + "from this host.");
        }
    }

    private static void assertReport(CapturedOutput output, String description, String action) {
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Description:\n\n" + description)
                .contains("Action:\n\n" + action)
                .as("no stack trace")
                .doesNotContain("\tat ");
    }

    private static void start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--logging.structured.format.console=";
        all[1] = "--aigentforce.db.embedded-clean=true";
        System.arraycopy(args, 0, all, 2, args.length);
        new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE)
                .run(all)
                .close();
    }

    /** The application's database configuration alone, as the full application builds it first. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DatabaseProperties.class, DataDirectoryProperties.class})
    @Import(DataSourceConfig.class)
    static class DatabaseOnly {}
}
