package com.aigentforce.knowledge.internal.rebuild;

import com.aigentforce.knowledge.internal.index.Chunk;
import com.aigentforce.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a new generation of the search index ({@link Chunk#INDEX}) from PostgreSQL. When a release renames the index
 * because its mapping changed, the first node to start queues an index rebuild for every organisation that has
 * chunks — durable jobs any node runs, with progress like one an administrator asked for — and records the
 * generation in {@code kb_search_index}, so later starts do nothing. Until a rebuild has run, that organisation's
 * search answers from the part already rebuilt.
 */
@Component
public class SearchIndexGenerations {

    private static final Logger LOGGER = LoggerFactory.getLogger(SearchIndexGenerations.class);

    private final JdbcClient jdbc;
    private final IndexRebuildService rebuilds;
    private final TransactionTemplate tx;

    SearchIndexGenerations(JdbcClient jdbc, IndexRebuildService rebuilds, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.rebuilds = rebuilds;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillNewGeneration() {
        if (recorded()) {
            return;
        }
        List<UUID> tenants = jdbc.sql("select distinct tenant_id from kb_chunk where searchable")
                .query(UUID.class)
                .list();
        if (!tenants.isEmpty()) {
            LOGGER.info(
                    "SearchIndex(name={}) is new: queuing an index rebuild for {} organisation(s)",
                    Chunk.INDEX,
                    tenants.size());
        }
        for (UUID tenant : tenants) {
            try {
                TenantContext.runAs(tenant, () -> rebuilds.request(null));
            } catch (IndexRebuildAlreadyRunning e) {
                LOGGER.info("SearchIndex(name={}) tenant={} already has a rebuild queued", Chunk.INDEX, tenant);
            }
        }
        // recorded after the rebuilds are queued: a node stopping in between leaves the next start to queue them
        tx.executeWithoutResult(s -> jdbc.sql("insert into kb_search_index (name) values (?) on conflict do nothing")
                .param(Chunk.INDEX)
                .update());
    }

    private boolean recorded() {
        return jdbc.sql("select count(*) from kb_search_index where name = ?")
                        .param(Chunk.INDEX)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
