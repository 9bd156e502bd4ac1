package com.aigentforce.realtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.realtime.WsClient;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import com.aigentforce.users.UserRolesChanged;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The gateway with the modules it needs — identity (whose credentials open a connection) and its dependencies, plus
 * users (whose events it relays, and which implements identity's account directory; neither is a bean dependency
 * Modulith can see) — but without the knowledge base and audit: a committed {@link UserRolesChanged} reaches the
 * person's open connection as {@code user:role_updated}.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = "users",
        webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RealtimeModuleTest {

    @LocalServerPort
    int port;

    @Test
    void aCommittedRoleChangeReachesThePersonAsUserRoleUpdated(Scenario scenario) {
        Fixtures fixtures = new Fixtures(new Api(port));
        Fixtures.Org org = fixtures.organisation();
        Fixtures.Person learner = fixtures.person(org, "LEARNER");

        try (WsClient client = WsClient.authenticated(port, learner.session().accessToken())) {
            scenario.publish(new UserRolesChanged(
                            org.tenantId(), learner.id(), List.of("TRAINER"), Set.of("training:author", "kb:read")))
                    .andWaitForStateChange(() -> client.awaitType(RoleChangeNotifier.TYPE))
                    .andVerify(event -> {
                        assertThat(event.path("tenantId").asString())
                                .isEqualTo(org.tenantId().toString());
                        assertThat(event.path("data").path("userId").asString())
                                .isEqualTo(learner.id().toString());
                        assertThat(event.path("data").path("roles").toString()).isEqualTo("[\"TRAINER\"]");
                        assertThat(event.path("data").path("permissions").toString())
                                .isEqualTo("[\"kb:read\",\"training:author\"]");
                    });
        }
    }
}
