package com.aigentforce.audit.internal;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a tenant's audit hash chain in the database (with the same payload function the insert trigger uses)
 * and reports the first broken link: a row whose content no longer matches its hash, a row whose predecessor is
 * missing, or records removed from the end of the trail (the chain head remembers the last one).
 */
@Component
class AuditChainVerifier {

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify(UUID tenantId) {
        long checked = jdbc.sql("select count(*) from audit_event where tenant_id = :tenant")
                .param("tenant", tenantId)
                .query(Long.class)
                .single();
        Optional<BrokenLink> broken = jdbc.sql("""
                with chain as (
                    select a.id, a.seq, a.hash, a.prev_hash,
                           sha256(a.prev_hash || audit_event_payload(a)) as recomputed,
                           lag(a.hash) over (order by a.seq) as previous_hash,
                           lag(a.seq) over (order by a.seq) as previous_seq
                    from audit_event a where a.tenant_id = :tenant)
                select id, seq,
                       case when seq <> coalesce(previous_seq, 0) + 1 then 'missing'
                            when prev_hash <> coalesce(previous_hash, '\\x%s'::bytea) then 'relinked'
                            else 'altered' end as reason
                from chain
                where hash <> recomputed
                   or seq <> coalesce(previous_seq, 0) + 1
                   or prev_hash <> coalesce(previous_hash, '\\x%s'::bytea)
                order by seq limit 1
                """.formatted(GENESIS, GENESIS))
                .param("tenant", tenantId)
                .query((rs, n) -> new BrokenLink(
                        rs.getLong("seq"),
                        rs.getObject("id", UUID.class),
                        BrokenLink.Reason.valueOf(rs.getString("reason").toUpperCase())))
                .optional();
        if (broken.isPresent()) {
            return ChainVerification.broken(checked, broken.get());
        }
        return truncatedTail(tenantId)
                .map(link -> ChainVerification.broken(checked, link))
                .orElseGet(() -> ChainVerification.intact(checked));
    }

    /** The head records the last link written; a trail that ends before it has lost its newest records. */
    private Optional<BrokenLink> truncatedTail(UUID tenantId) {
        return jdbc.sql("""
                select h.last_seq from audit_chain_head h
                where h.tenant_id = :tenant
                  and not exists (select 1 from audit_event a
                                  where a.tenant_id = h.tenant_id and a.seq = h.last_seq and a.hash = h.last_hash)
                """)
                .param("tenant", tenantId)
                .query(Long.class)
                .optional()
                .map(lastSeq -> new BrokenLink(lastSeq, null, BrokenLink.Reason.TRUNCATED));
    }

    private static final String GENESIS = HexFormat.of().formatHex(new byte[32]);

    /** The outcome of a verification: {@code intact}, how many records were checked, and the first broken link. */
    record ChainVerification(boolean intact, long recordsChecked, BrokenLink firstBrokenLink) {

        static ChainVerification intact(long checked) {
            return new ChainVerification(true, checked, null);
        }

        static ChainVerification broken(long checked, BrokenLink link) {
            return new ChainVerification(false, checked, link);
        }
    }

    /**
     * Where the chain breaks. {@code ALTERED}: the row's content does not match its hash; {@code RELINKED}: it does
     * not point at its predecessor's hash; {@code MISSING}: records before it were removed; {@code TRUNCATED}: the
     * newest records (up to {@code seq}) were removed.
     */
    record BrokenLink(long seq, UUID recordId, Reason reason) {

        enum Reason {
            ALTERED,
            RELINKED,
            MISSING,
            TRUNCATED
        }
    }
}
