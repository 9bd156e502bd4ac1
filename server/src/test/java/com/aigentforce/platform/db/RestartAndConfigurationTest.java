package com.aigentforce.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded defaults as an operator meets them: a fresh data directory gets a real PostgreSQL cluster, data
 * survives a restart, signing keys persist (tokens issued before the restart stay valid), and configuration
 * switches (registration off) take effect.
 */
class RestartAndConfigurationTest {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path dataDir;

    @Test
    void dataAndKeysSurviveARestartAndRegistrationCanBeSwitchedOff() throws Exception {
        // JUnit makes temp directories private; the server user must be able to enter it when tests run as root
        Files.setPosixFilePermissions(dataDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
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
                        "--aigentforce.db.embedded-clean=false",
                        "--aigentforce.registration.enabled=" + registration);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
