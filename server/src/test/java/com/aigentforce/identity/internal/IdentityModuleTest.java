package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.platform.web.RequestOrigin;
import com.aigentforce.tenancy.TenantContext;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * Identity with its direct dependencies (tenancy, audit, platform) plus users, which implements the
 * {@link com.aigentforce.identity.AccountDirectory} identity declares; no HTTP, no knowledge base. Sign-up and
 * sign-in announce themselves as audit events.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "users")
@ActiveProfiles("test")
class IdentityModuleTest {

    private static final String PASSWORD = "a long enough passphrase 42";
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.9", "module-test");

    @Autowired
    AuthService auth;

    @Test
    void registeringAnOrganisationAnnouncesTheNewTenant(Scenario scenario) {
        String email = "owner-" + UUID.randomUUID() + "@example.test";
        // the scenario's transaction is bound to the system context, as a registration's own work is
        TenantContext.runAs(
                TenantContext.SYSTEM,
                () -> scenario.stimulate(() -> auth.register("Identity Module Org", "Owner", email, PASSWORD))
                        .andWaitForEventOfType(AuditEvent.class)
                        .matching(event -> event.action().equals("tenant.registered"))
                        .toArriveAndVerify((event, registered) -> {
                            assertThat(event.tenantId()).isEqualTo(registered.tenantId());
                            assertThat(event.targetId())
                                    .isEqualTo(registered.tenantId().toString());
                            assertThat(event.actor().userId()).isEqualTo(registered.userId());
                            assertThat(event.actor().email()).isEqualTo(email);
                        }));
    }

    @Test
    void signingInIssuesTokensAndAuditsTheSignInWithItsOrigin(Scenario scenario) {
        String email = "signer-" + UUID.randomUUID() + "@example.test";
        AuthService.Registered registered = auth.register("Identity Sign-in Org", "Signer", email, PASSWORD);

        TenantContext.runAs(
                TenantContext.SYSTEM,
                () -> scenario.stimulate(() -> auth.login(email, PASSWORD, null, ORIGIN))
                        .andWaitForEventOfType(AuditEvent.class)
                        .matching(event -> event.action().equals("auth.login.succeeded"))
                        .toArriveAndVerify((event, outcome) -> {
                            assertThat(outcome).isInstanceOf(AuthService.LoginOutcome.SignedIn.class);
                            AuthService.TokenPair tokens = ((AuthService.LoginOutcome.SignedIn) outcome).tokens();
                            assertThat(tokens.accessToken()).isNotBlank();
                            assertThat(tokens.refreshToken()).isNotBlank();
                            assertThat(event.tenantId()).isEqualTo(registered.tenantId());
                            assertThat(event.actor().userId()).isEqualTo(registered.userId());
                            assertThat(event.actor().ip()).isEqualTo("203.0.113.9");
                        }));
    }
}
