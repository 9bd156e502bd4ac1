package com.aigentforce.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded defaults as an operator meets them: a fresh data directory — in a private home, as a clone in
 * root's home is — gets a real PostgreSQL cluster, data survives a restart, signing keys persist (tokens issued
 * before the restart stay valid), and configuration switches (registration off) take effect.
 */
class RestartAndConfigurationTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path temp;

    private Path dataDir;
    private Path relocationDir;

    @Test
    void dataAndKeysSurviveARestartAndRegistrationCanBeSwitchedOff() throws Exception {
        // a clone in root's home: the data directory's parent is private (mode 700), as JUnit makes temp directories
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        dataDir = home.resolve("project/data");
        relocationDir = temp.resolve("relocated");
        String email = Fixtures.unique("restart") + "@example.test";
        String accessToken;
        try (ConfigurableApplicationContext first = start(true)) {
            Api api = new Api(port(first));
            api.post(
                            "/api/v1/auth/register",
                            Map.of(
                                    "organizationName",
                                    "Restart Org",
                                    "name",
                                    "Rita Restart",
                                    "email",
                                    email,
                                    "password",
                                    Fixtures.PASSWORD))
                    .send()
                    .expect(201);
            accessToken = new Fixtures(api).login(email, Fixtures.PASSWORD).accessToken();
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();
        if (new UnixSystem().getUid() == 0) {
            // the server user 'nobody' cannot enter the home, so the cluster lives where it can, linked from there
            assertThat(dataDir.resolve("postgres").toRealPath()).startsWith(relocationDir);
        }
        assertThat(Files.list(dataDir.resolve("keys")).count()).isPositive();

        try (ConfigurableApplicationContext second = start(false)) {
            Api api = new Api(port(second));
            assertThat(api.get("/api/v1/users/me")
                            .bearer(accessToken)
                            .send()
                            .expect(200)
                            .field("email"))
                    .isEqualTo(email);
            new Fixtures(api).login(email, Fixtures.PASSWORD);
            api.post(
                            "/api/v1/auth/register",
                            Map.of(
                                    "organizationName",
                                    "Another",
                                    "name",
                                    "Someone",
                                    "email",
                                    Fixtures.unique("x") + "@example.test",
                                    "password",
                                    Fixtures.PASSWORD))
                    .send()
                    .expectProblem(403);
            api.get("/actuator/health/readiness").send().expect(200);
        }
    }

    private ConfigurableApplicationContext start(boolean registration) {
        // command-line arguments outrank the test profile's shared data directory
        return new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--aigentforce.data-dir=" + dataDir,
                        "--aigentforce.db.embedded-relocation-dir=" + relocationDir,
                        "--aigentforce.db.embedded-clean=false",
                        "--aigentforce.registration.enabled=" + registration);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
