package com.aigentforce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import com.aigentforce.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Passwords, tokens and invitation secrets never reach the logs, on success or failure paths. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsStayOutOfLogsTest {

    @LocalServerPort
    int port;

    @Test
    void noSecretIsLogged(CapturedOutput output) {
        Api api = new Api(port);
        Fixtures fixtures = new Fixtures(api);
        var org = fixtures.organisation();
        String wrongPassword = "wrong-but-secret-" + Fixtures.unique("pw");
        api.post("/api/v1/auth/login", Map.of("email", org.ownerEmail(), "password", wrongPassword))
                .send()
                .expectProblem(401);
        var invited = api.post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                Fixtures.unique("i") + "@example.test",
                                "name",
                                "Ina Invite",
                                "roles",
                                List.of("LEARNER")))
                .bearer(org.owner().accessToken())
                .send()
                .expect(201);
        String invitation = invited.body().path("invitation").path("token").asString();
        var rotated = api.post(
                        "/api/v1/auth/refresh",
                        Map.of("refreshToken", org.owner().refreshToken()))
                .send()
                .expect(200);
        api.post("/api/v1/auth/refresh", Map.of("refreshToken", org.owner().refreshToken()))
                .send()
                .expectProblem(401);
        api.get("/api/v1/users/me")
                .bearer("garbage." + org.owner().accessToken())
                .send()
                .expectProblem(401);

        assertThat(output.getAll())
                .doesNotContain(Fixtures.PASSWORD)
                .doesNotContain(wrongPassword)
                .doesNotContain(org.owner().refreshToken())
                .doesNotContain(rotated.field("refreshToken"))
                .doesNotContain(org.owner().accessToken())
                .doesNotContain(invitation);
    }
}
