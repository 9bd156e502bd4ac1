package com.aigentforce.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit module with only what it needs: platform (its database; audit injects no platform bean, so
 * DIRECT_DEPENDENCIES alone would leave it out) and tenancy, for real tenants to record against. A published
 * {@link AuditEvent} becomes a row of the tenant's hash-chained trail once the publishing transaction commits.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"platform", "tenancy"})
@ActiveProfiles("test")
class AuditModuleTest {

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditChainVerifier chain;

    @Test
    void aPublishedAuditEventIsWrittenToTheTenantsChainedTrail(Scenario scenario) {
        UUID tenant = TenantContext.callAsSystem(() -> tenancy.create("Audited").id());
        UUID target = UUID.randomUUID();

        scenario.publish(AuditEvent.of(
                        tenant,
                        "test.something_happened",
                        AuditEvent.Actor.person(UUID.randomUUID(), "someone@example.test"),
                        "thing",
                        target,
                        Map.of("why", "a module test")))
                .andWaitForStateChange(() -> rows(tenant, "test.something_happened"), count -> count > 0)
                .andVerify(count -> {
                    assertThat(count).isEqualTo(1);
                    Map<String, Object> row =
                            jdbc.sql("""
                            select actor_email, target_type, target_id, details ->> 'why' as why, seq, hash
                            from audit_event where tenant_id = :tenant and action = 'test.something_happened'
                            """).param("tenant", tenant).query().singleRow();
                    assertThat(row)
                            .containsEntry("actor_email", "someone@example.test")
                            .containsEntry("target_type", "thing")
                            .containsEntry("target_id", target.toString())
                            .containsEntry("why", "a module test");
                    assertThat(row.get("hash")).isNotNull();
                    assertThat(chain.verify(tenant).intact()).isTrue();
                });
    }

    @Test
    void anEventOfAnotherTenantIsWrittenToThatTenantsTrailOnly(Scenario scenario) {
        UUID first =
                TenantContext.callAsSystem(() -> tenancy.create("Audited first").id());
        UUID second = TenantContext.callAsSystem(
                () -> tenancy.create("Audited second").id());

        scenario.publish(AuditEvent.of(second, "test.only_second", AuditEvent.Actor.SYSTEM, "thing", "x", Map.of()))
                .andWaitForStateChange(() -> rows(second, "test.only_second"), count -> count > 0)
                .andVerify(count -> assertThat(rows(first, "test.only_second")).isZero());
    }

    private long rows(UUID tenant, String action) {
        return jdbc.sql("select count(*) from audit_event where tenant_id = :tenant and action = :action")
                .param("tenant", tenant)
                .param("action", action)
                .query(Long.class)
                .single();
    }
}
