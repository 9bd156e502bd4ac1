package com.aigentforce.knowledge.internal.ingestion;

import com.aigentforce.knowledge.internal.KnowledgeProperties;
import com.aigentforce.knowledge.internal.document.IngestionQueue;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable job queue the ingestion pipeline runs on: db-scheduler (table {@code scheduled_tasks}) on the
 * application's PostgreSQL. Jobs are enqueued inside the uploading transaction, so a committed upload always has
 * its job; any node picks due jobs (row locks make each run once), a node that dies mid-job loses its heartbeat
 * and another node (or the restarted one) runs the job again; failures retry with exponential backoff.
 */
@Configuration(proxyBeanMethods = false)
public class IngestionJobs {

    static final String INGEST = "kb-ingest";

    @Bean
    OneTimeTask<String> ingestTask(IngestionPipeline pipeline) {
        return Tasks.oneTime(INGEST, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 2.0))
                .execute((instance, context) ->
                        pipeline.run(UUID.fromString(instance.getData()), UUID.fromString(instance.getId())));
    }

    @Bean
    JobScheduler ingestionScheduler(DataSource dataSource, List<Task<?>> tasks, KnowledgeProperties properties) {
        // recurring tasks (the purge of deleted documents) are scheduled at start-up, once for the whole cluster
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast)
                .toList();
        List<Task<?>> oneTime =
                tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
        return new JobScheduler(() -> Scheduler.create(dataSource, oneTime)
                .startTasks(recurring)
                .threads(properties.workers())
                .pollingInterval(properties.pollInterval())
                .heartbeatInterval(properties.heartbeatInterval())
                .commitWhenAutocommitDisabled(true)
                .shutdownMaxWait(properties.shutdownWait())
                .build());
    }

    /**
     * Enqueues inside the caller's transaction (the JDBC connection of the surrounding JPA transaction), and once
     * that has committed wakes this node's scheduler, so the job starts at once instead of at the next poll (which
     * stays the fallback, and is how other nodes find jobs).
     */
    @Bean
    IngestionQueue ingestionQueue(
            DataSource dataSource,
            OneTimeTask<String> ingestTask,
            // a provider: the scheduler's tasks reach back to this queue through the pipeline and URL imports
            ObjectProvider<JobScheduler> scheduler) {
        SchedulerClient client = SchedulerClient.Builder.create(
                        new TransactionAwareDataSourceProxy(dataSource), List.of(ingestTask))
                .build();
        return (tenantId, versionId) -> {
            client.scheduleIfNotExists(ingestTask.instance(versionId.toString(), tenantId.toString()), Instant.now());
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        scheduler.getObject().wake();
                    }
                });
            } else {
                scheduler.getObject().wake();
            }
        };
    }
}
