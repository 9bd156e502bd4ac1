package com.aigentforce.users.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import com.aigentforce.support.IntegrationTest;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.internal.base.User;
import com.aigentforce.users.internal.base.Users;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Isolation lives in the data layer: repository queries are filtered by the bound tenant, whatever they ask. */
@IntegrationTest
class TenantIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Test
    void queriesSeeOnlyTheBoundTenantAndNothingWithoutOne() {
        Fixtures fixtures = new Fixtures(new Api(port));
        var a = fixtures.organisation();
        var b = fixtures.organisation();

        List<User> seenByA = TenantContext.callAs(a.tenantId(), () -> tx.execute(s -> users.findAll()));
        assertThat(seenByA).extracting(User::tenantId).containsOnly(a.tenantId());
        assertThat(seenByA).extracting(User::id).contains(a.ownerId()).doesNotContain(b.ownerId());

        // even a lookup by the other tenant's primary key finds nothing
        java.util.Optional<User> crossTenant =
                TenantContext.callAs(a.tenantId(), () -> tx.execute(s -> users.findById(b.ownerId())));
        assertThat(crossTenant).isEmpty();

        // no tenant bound: nothing matches
        List<User> unbound = tx.execute(s -> users.findAll());
        List<User> unboundByEmail = tx.execute(s -> users.findByEmailNormalized(a.ownerEmail()));
        assertThat(unbound).isEmpty();
        assertThat(unboundByEmail).isEmpty();
    }

    @Test
    void writingARowForAnotherTenantIsRefused() {
        Fixtures fixtures = new Fixtures(new Api(port));
        var a = fixtures.organisation();
        var b = fixtures.organisation();
        assertThatThrownBy(() -> TenantContext.runAs(
                        a.tenantId(),
                        () -> tx.executeWithoutResult(s -> users.saveAndFlush(
                                new User(b.tenantId(), "intruder@example.test", "Intruder", null, List.of())))))
                .isInstanceOf(RuntimeException.class);
        List<User> inB = TenantContext.callAs(
                b.tenantId(), () -> tx.execute(s -> users.findByEmailNormalized("intruder@example.test")));
        assertThat(inB).isEmpty();
    }
}
