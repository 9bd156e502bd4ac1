package com.aigentforce.knowledge.internal.rebuild;

import com.aigentforce.knowledge.internal.ingestion.IngestionJobs;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Index rebuilds run on the ingestion pipeline's durable queue (db-scheduler, {@link IngestionJobs}): task
 * {@code kb-index-rebuild}, instance = the rebuild id, data = the tenant id. Any node may pick it; if that node stops,
 * another (or the restarted one) runs it again and it resumes from its saved cursor. An error that escapes the
 * rebuild (the database gone) retries with backoff; an error of the rebuild itself marks it failed.
 */
@Configuration(proxyBeanMethods = false)
class IndexRebuildJobs {

    static final String REBUILD = "kb-index-rebuild";

    @Bean
    OneTimeTask<String> indexRebuildTask(@Lazy IndexRebuildService rebuilds) {
        return Tasks.oneTime(REBUILD, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(10), 2.0))
                .execute((instance, context) ->
                        rebuilds.run(UUID.fromString(instance.getData()), UUID.fromString(instance.getId())));
    }

    /** Enqueues inside the caller's transaction, so a committed rebuild row always has its job. */
    @Bean
    IndexRebuildQueue indexRebuildQueue(DataSource dataSource, OneTimeTask<String> indexRebuildTask) {
        SchedulerClient client = SchedulerClient.Builder.create(
                        new TransactionAwareDataSourceProxy(dataSource), List.of(indexRebuildTask))
                .build();
        return (tenantId, rebuildId) -> client.scheduleIfNotExists(
                indexRebuildTask.instance(rebuildId.toString(), tenantId.toString()), Instant.now());
    }

    /** Puts a rebuild on the durable queue; must be called inside a transaction. */
    @FunctionalInterface
    interface IndexRebuildQueue {
        void enqueue(UUID tenantId, UUID rebuildId);
    }
}
