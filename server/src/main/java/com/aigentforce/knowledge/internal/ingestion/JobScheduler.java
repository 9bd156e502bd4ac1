package com.aigentforce.knowledge.internal.ingestion;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.function.Supplier;
import org.springframework.context.SmartLifecycle;

/**
 * This node's db-scheduler, started and stopped with the application context. A db-scheduler {@link Scheduler}
 * cannot start again once stopped, so each start builds a fresh one: a context that is stopped and started again
 * (Spring's context pausing between tests, {@code ConfigurableApplicationContext#restart}) picks up jobs again.
 */
final class JobScheduler implements SmartLifecycle {

    private final Supplier<Scheduler> factory;
    private volatile Scheduler current;

    JobScheduler(Supplier<Scheduler> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized void start() {
        if (current == null) {
            Scheduler scheduler = factory.get();
            scheduler.start();
            current = scheduler;
        }
    }

    @Override
    public synchronized void stop() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    @Override
    public boolean isRunning() {
        return current != null;
    }

    /** Looks for due jobs now instead of at the next poll (no-op while stopped). */
    void wake() {
        Scheduler scheduler = current;
        if (scheduler != null) {
            scheduler.triggerCheckForDueExecutions();
        }
    }
}
