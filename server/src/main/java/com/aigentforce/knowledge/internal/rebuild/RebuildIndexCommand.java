package com.aigentforce.knowledge.internal.rebuild;

import com.aigentforce.knowledge.internal.index.ChunkJob;
import com.aigentforce.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar aigentforce-server.jar --aigentforce.command=rebuild-index}: rebuilds the search index of every
 * organisation that has knowledge bases, one after the other, in place, logging progress; then the process exits,
 * with status 1 if any rebuild failed. An organisation whose rebuild is already queued or running is left to it. Each
 * rebuild is recorded like one requested through the API. Against the local Lucene index (and the embedded database)
 * it must run while the node using that data directory is stopped (docs/operations.md); a running node is rebuilt
 * through its API instead.
 */
@Component
@ConditionalOnProperty(name = "aigentforce.command", havingValue = "rebuild-index")
class RebuildIndexCommand implements ApplicationRunner {

    private static final Logger LOGGER = LoggerFactory.getLogger(RebuildIndexCommand.class);

    private final IndexRebuildService rebuilds;
    private final JdbcClient jdbc;

    RebuildIndexCommand(IndexRebuildService rebuilds, JdbcClient jdbc) {
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<UUID> tenants = jdbc.sql("select distinct tenant_id from knowledge_base order by tenant_id")
                .query(UUID.class)
                .list();
        LOGGER.info("RebuildIndex started for {} organisation(s)", tenants.size());
        int completed = 0;
        int skipped = 0;
        int failed = 0;
        for (UUID tenant : tenants) {
            try {
                IndexRebuildView result = TenantContext.callAs(tenant, rebuilds::runNow);
                if (ChunkJob.COMPLETED.equals(result.status())) {
                    completed++;
                    LOGGER.info(
                            "RebuildIndex(tenant={}) completed: {} chunk(s) re-indexed, {} stale entr(ies) removed",
                            tenant,
                            result.entitiesDone(),
                            result.removedEntries());
                } else {
                    failed++;
                    LOGGER.error(
                            "RebuildIndex(tenant={}) failed: {} (with the local Lucene index, a node serving from the"
                                    + " same index directory holds it: stop it, or rebuild through its API)",
                            tenant,
                            result.error());
                }
            } catch (IndexRebuildAlreadyRunning e) {
                skipped++;
                LOGGER.warn("RebuildIndex(tenant={}) skipped: {}", tenant, e.getMessage());
            }
        }
        LOGGER.info(
                "RebuildIndex finished: {} completed, {} skipped (already running), {} failed",
                completed,
                skipped,
                failed);
        if (failed > 0) {
            throw new IllegalStateException("rebuild-index: " + failed + " organisation(s) failed; see the log");
        }
    }
}
