package com.aigentforce.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.support.Fixtures;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.UserRolesChanged;
import com.aigentforce.users.internal.base.BuiltInRole;
import com.aigentforce.users.internal.base.UserCommands.NewPerson;
import com.aigentforce.users.internal.people.UserService;
import com.aigentforce.users.internal.roles.PermissionsNotHeld;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The users module started with only the modules it depends on (identity, tenancy, audit, platform): role changes
 * publish {@link UserRolesChanged} and their {@link AuditEvent}, and a refused grant publishes only its refusal.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class UsersModuleTest {

    private final UserService users;
    private final Tenancy tenancy;
    private final AccountDirectory accounts;

    private UUID tenantId;
    private UUID ownerId;

    UsersModuleTest(UserService users, Tenancy tenancy, AccountDirectory accounts) {
        this.users = users;
        this.tenancy = tenancy;
        this.accounts = accounts;
    }

    @BeforeEach
    void organisationWithItsOwnerSignedIn() {
        tenantId = tenancy.create(Fixtures.unique("Org")).id();
        ownerId = accounts.registerOwner(tenantId, "Olivia Owner", Fixtures.unique("owner") + "@example.test", null);
        TenantContext.set(tenantId);
        signIn(ownerId, Permissions.CATALOGUE.keySet());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    @Test
    void changingRolesPublishesTheChangeAndItsAuditRecord(Scenario scenario) {
        UUID learner = person("LEARNER");

        scenario.stimulate(() -> users.assignRoles(learner, List.of("TRAINER")))
                .andWaitForEventOfType(UserRolesChanged.class)
                .matching(event -> event.userId().equals(learner))
                .toArriveAndVerify(event -> {
                    assertThat(event.tenantId()).isEqualTo(tenantId);
                    assertThat(event.roles()).containsExactly("TRAINER");
                    assertThat(event.permissions()).contains("training:author").doesNotContain("users:write");
                });

        // events accumulate across stimuli: the second change is told apart by what it changed
        scenario.stimulate(() -> users.assignRoles(learner, List.of("LEARNER")))
                .andWaitForEventOfType(AuditEvent.class)
                .matching(event -> event.action().equals("user.roles.changed"))
                .matching(event -> event.details().get("before").equals(List.of("TRAINER")))
                .toArriveAndVerify(event -> {
                    assertThat(event.tenantId()).isEqualTo(tenantId);
                    assertThat(event.actor().userId()).isEqualTo(ownerId);
                    assertThat(event.targetId()).isEqualTo(learner.toString());
                    assertThat(event.details()).containsEntry("after", List.of("LEARNER"));
                });
    }

    @Test
    void aRefusedGrantPublishesItsRefusalAndNoRoleChange(AssertablePublishedEvents events) {
        UUID learner = person("LEARNER");
        UUID admin = person("ADMIN");
        signIn(admin, BuiltInRole.ADMIN.permissions());

        assertThatThrownBy(() -> users.assignRoles(learner, List.of("OWNER")))
                .isInstanceOf(PermissionsNotHeld.class)
                .hasMessageContaining("billing:manage");

        assertThat(events)
                .contains(AuditEvent.class)
                .matching(event -> event.action().equals("user.roles.denied"))
                .matching(event -> event.actor().userId().equals(admin));
        assertThat(events.ofType(UserRolesChanged.class)).isEmpty();
        assertThat(users.roles(learner).roles()).containsExactly("LEARNER");
    }

    private UUID person(String role) {
        String email = Fixtures.unique("person") + "@example.test";
        return users.create(new NewPerson(email, "Pat Person", List.of(role), Fixtures.PASSWORD), "http://localhost")
                .person()
                .id();
    }

    private void signIn(UUID userId, Set<String> permissions) {
        Caller caller = new Caller(userId, tenantId, null, "caller@example.test", Set.copyOf(permissions));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(caller, null, List.of()));
    }
}
