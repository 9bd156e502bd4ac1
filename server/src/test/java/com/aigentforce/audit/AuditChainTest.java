package com.aigentforce.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail is a per-tenant hash chain: the application cannot change or delete records, and a record changed,
 * removed or cut off directly in the database is reported as the first broken link.
 */
class AuditChainTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
        for (int i = 0; i < 3; i++) {
            var person = fixtures.person(org, "LEARNER");
            api.put("/api/v1/users/" + person.id(), Map.of("name", "Renamed " + i))
                    .bearer(owner())
                    .send()
                    .expect(200);
        }
        awaitAuditEntry(owner(), "user.updated");
    }

    @Test
    void anUntouchedTrailVerifiesAndEachTenantHasItsOwnChain() {
        JsonNode result = verify();
        assertThat(result.path("intact").asBoolean()).isTrue();
        assertThat(result.path("recordsChecked").asLong()).isGreaterThanOrEqualTo(7);
        assertThat(result.path("firstBrokenLink").isNull()).isTrue();
        assertThat(jdbc.sql("select min(seq) from audit_event where tenant_id = :t")
                        .param("t", tenant())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfAuditRecords() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'x' where tenant_id = :t")
                        .param("t", tenant())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where tenant_id = :t")
                        .param("t", tenant())
                        .update())
                .rootCause()
                .hasMessageContaining("append-only");
    }

    @Test
    void aRecordAlteredInTheDatabaseIsReportedAsTheFirstBrokenLink() {
        long seq = middleSeq();
        tamper("update audit_event set details = '{\"name\":\"forged\"}' where tenant_id = :t and seq = :seq", seq);
        assertBroken(seq, "ALTERED");
    }

    @Test
    void aRecordDeletedFromTheMiddleIsReportedAtTheRecordAfterIt() {
        long seq = middleSeq();
        tamper("delete from audit_event where tenant_id = :t and seq = :seq", seq);
        assertBroken(seq + 1, "MISSING");
    }

    @Test
    void recordsCutFromTheEndAreReportedAsTruncated() {
        long last = jdbc.sql("select max(seq) from audit_event where tenant_id = :t")
                .param("t", tenant())
                .query(Long.class)
                .single();
        tamper("delete from audit_event where tenant_id = :t and seq = :seq", last);
        assertBroken(last, "TRUNCATED");
    }

    private void assertBroken(long seq, String reason) {
        JsonNode result = verify();
        assertThat(result.path("intact").asBoolean()).isFalse();
        assertThat(result.path("firstBrokenLink").path("seq").asLong()).isEqualTo(seq);
        assertThat(result.path("firstBrokenLink").path("reason").asString()).isEqualTo(reason);
    }

    /** What an operator with table-owner rights could do: switch the append-only guard off, change rows, switch it on. */
    private void tamper(String sql, long seq) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_event disable trigger audit_event_append_only")
                    .update();
            assertThat(jdbc.sql(sql).param("t", tenant()).param("seq", seq).update())
                    .isEqualTo(1);
            jdbc.sql("alter table audit_event enable trigger audit_event_append_only")
                    .update();
        });
    }

    private long middleSeq() {
        return jdbc.sql("select max(seq) / 2 from audit_event where tenant_id = :t")
                .param("t", tenant())
                .query(Long.class)
                .single();
    }

    private JsonNode verify() {
        return api.get("/api/v1/audit/verify")
                .bearer(owner())
                .send()
                .expect(200)
                .body();
    }

    private UUID tenant() {
        return org.tenantId();
    }

    private String owner() {
        return org.owner().accessToken();
    }
}
