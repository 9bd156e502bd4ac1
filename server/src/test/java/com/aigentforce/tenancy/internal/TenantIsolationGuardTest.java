package com.aigentforce.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.platform.Ids;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenancy module's promise, on its own: a tenant-owned row saved under tenant A does not exist for tenant B —
 * not to find, query, count, update or delete; with no tenant bound nothing matches and nothing can be written; the
 * SYSTEM context sees and writes every tenant's rows.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class TenantIsolationGuardTest {

    @Autowired
    Tenancy tenancy;

    @Autowired
    IsolationProbes probes;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    UUID a;
    UUID b;
    UUID rowOfA;

    @BeforeEach
    void twoTenantsAndARowOfA() {
        tx.executeWithoutResult(s -> jdbc.sql(IsolationProbe.TABLE_DDL).update());
        a = TenantContext.callAsSystem(() -> tenancy.create("Isolation A").id());
        b = TenantContext.callAsSystem(() -> tenancy.create("Isolation B").id());
        rowOfA = Ids.next();
        as(a, () -> probes.saveAndFlush(new IsolationProbe(rowOfA, "of A")));
    }

    @Test
    void theOwnerSeesItsRowStampedWithItsTenant() {
        Optional<IsolationProbe> found = as(a, () -> probes.findById(rowOfA));
        assertThat(found).map(IsolationProbe::tenantId).contains(a);
        assertThat(as(a, () -> probes.findByLabel("of A")))
                .extracting(IsolationProbe::id)
                .containsExactly(rowOfA);
    }

    @Test
    void anotherTenantCannotFindQueryOrCountTheRow() {
        assertThat(as(b, () -> probes.findById(rowOfA))).isEmpty();
        assertThat(as(b, () -> probes.existsById(rowOfA))).isFalse();
        assertThat(as(b, () -> probes.findAll())).extracting(IsolationProbe::id).doesNotContain(rowOfA);
        assertThat(as(b, () -> probes.findByLabel("of A"))).isEmpty();
        assertThat(as(b, () -> probes.selectById(rowOfA))).isEmpty();
        assertThat(as(b, () -> probes.count())).isZero();
        assertThat(as(a, () -> probes.count())).isEqualTo(1);
    }

    @Test
    void anotherTenantCannotUpdateTheRow() {
        assertThat(as(b, () -> probes.relabel(rowOfA, "changed by B"))).isZero();
        // writing over it by id (a merge) is refused too: B cannot see it, and cannot claim its id
        assertThatThrownBy(() -> as(b, () -> probes.saveAndFlush(new IsolationProbe(rowOfA, "hijacked by B"))))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> as(b, () -> probes.saveAndFlush(new IsolationProbe(Ids.next(), a, "planted by B"))))
                .isInstanceOf(RuntimeException.class);

        assertThat(as(a, () -> probes.findAll()))
                .extracting(IsolationProbe::label)
                .containsExactly("of A");
    }

    @Test
    void anotherTenantCannotDeleteTheRow() {
        assertThat(as(b, () -> probes.deleteInBulk(rowOfA))).isZero();
        as(b, () -> {
            probes.deleteById(rowOfA);
            probes.deleteAllInBatch();
            return null;
        });

        assertThat(as(a, () -> probes.findById(rowOfA))).isPresent();
    }

    @Test
    void withoutATenantNothingMatchesAndNothingCanBeWritten() {
        assertThat(TenantContext.current()).isEqualTo(TenantContext.NONE);
        assertThat(unbound(() -> probes.findById(rowOfA))).isEmpty();
        assertThat(unbound(() -> probes.findAll())).isEmpty();
        assertThat(unbound(() -> probes.count())).isZero();
        assertThat(unbound(() -> probes.relabel(rowOfA, "changed without a tenant")))
                .isZero();
        assertThatThrownBy(() -> unbound(() -> probes.saveAndFlush(new IsolationProbe(Ids.next(), "orphan"))))
                .isInstanceOf(RuntimeException.class);

        assertThat(as(a, () -> probes.findById(rowOfA)))
                .map(IsolationProbe::label)
                .contains("of A");
    }

    @Test
    void theSystemContextSeesAndWritesEveryTenantsRows() {
        UUID rowOfB = Ids.next();
        as(TenantContext.SYSTEM, () -> probes.saveAndFlush(new IsolationProbe(rowOfB, b, "of B, by the system")));

        List<IsolationProbe> all = as(TenantContext.SYSTEM, () -> probes.findAllById(List.of(rowOfA, rowOfB)));
        assertThat(all).extracting(IsolationProbe::tenantId).containsExactlyInAnyOrder(a, b);
        assertThat(as(b, () -> probes.findById(rowOfB))).isPresent();
        assertThat(as(a, () -> probes.findById(rowOfB))).isEmpty();
    }

    private <T> T unbound(Supplier<T> work) {
        return tx.execute(s -> work.get());
    }

    private <T> T as(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> tx.execute(s -> work.get()));
    }
}
