package com.aigentforce.knowledge.internal.reembedding;

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
 * Re-embeddings run on the ingestion pipeline's durable queue (db-scheduler, {@link IngestionJobs}): task
 * {@code kb-reembed}, instance = the re-embedding id, data = the tenant id. Any node may pick it; if that node stops,
 * another (or the restarted one) runs it again and it resumes from its saved cursor. A provider that keeps answering
 * 429/5xx after the in-job retries makes the job escape, and db-scheduler runs it again later with backoff.
 */
@Configuration(proxyBeanMethods = false)
class ReembeddingJobs {

    static final String REEMBED = "kb-reembed";

    @Bean
    OneTimeTask<String> reembeddingTask(@Lazy ReembeddingRunner runner) {
        return Tasks.oneTime(REEMBED, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30), 2.0))
                .execute((instance, context) ->
                        runner.run(UUID.fromString(instance.getData()), UUID.fromString(instance.getId())));
    }

    /** Enqueues inside the caller's transaction, so a committed re-embedding row always has its job. */
    @Bean
    ReembeddingQueue reembeddingQueue(DataSource dataSource, OneTimeTask<String> reembeddingTask) {
        SchedulerClient client = SchedulerClient.Builder.create(
                        new TransactionAwareDataSourceProxy(dataSource), List.of(reembeddingTask))
                .build();
        return (tenantId, reembeddingId) -> client.scheduleIfNotExists(
                reembeddingTask.instance(reembeddingId.toString(), tenantId.toString()), Instant.now());
    }

    /** Puts a re-embedding on the durable queue; must be called inside a transaction. */
    @FunctionalInterface
    interface ReembeddingQueue {
        void enqueue(UUID tenantId, UUID reembeddingId);
    }
}
