package com.aigentforce.knowledge.internal.importing;

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
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The fetch step of URL imports on the same durable queue as ingestion ({@link IngestionJobs}' scheduler runs every
 * task bean): enqueued in the importing transaction, run by any node, a transient failure (5xx, timeout) retried
 * with backoff up to {@link UrlFetcher#MAX_RETRIES} times.
 */
@Configuration(proxyBeanMethods = false)
class UrlImportJobs {

    static final String FETCH = "kb-fetch";

    @Bean
    OneTimeTask<String> urlFetchTask(UrlFetcher fetcher) {
        return Tasks.oneTime(FETCH, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 2.0))
                .execute((instance, context) -> fetcher.run(
                        UUID.fromString(instance.getData()),
                        UUID.fromString(instance.getId()),
                        context.getExecution().consecutiveFailures));
    }

    /** Enqueues inside the caller's transaction. */
    @Bean
    FetchQueue fetchQueue(DataSource dataSource, OneTimeTask<String> urlFetchTask) {
        SchedulerClient client = SchedulerClient.Builder.create(
                        new TransactionAwareDataSourceProxy(dataSource), List.of(urlFetchTask))
                .build();
        return (tenantId, versionId) -> client.scheduleIfNotExists(
                urlFetchTask.instance(versionId.toString(), tenantId.toString()), Instant.now());
    }

    /** Puts a {@code fetching} version on the fetch queue; must be called inside a transaction. */
    @FunctionalInterface
    interface FetchQueue {
        void enqueue(UUID tenantId, UUID versionId);
    }
}
