package com.aigentforce.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.lang.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's DataSource: the embedded PostgreSQL by default, an external one when {@code aigentforce.db.url}
 * is set, and read-only transactions routed to a replica when {@code aigentforce.db.replica-url} is set.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServers.Lease embeddedPostgres(DatabaseProperties db, DataDirectoryProperties data) {
        if (!db.embedded()) {
            return null;
        }
        return EmbeddedPostgresServers.acquire(
                data.dataDir(),
                db.embeddedRelocationDir(),
                db.embeddedPort(),
                db.embeddedDatabase(),
                db.embeddedClean());
    }

    @Bean
    @Primary
    DataSource dataSource(DatabaseProperties db, @Nullable EmbeddedPostgresServers.Lease embedded) {
        HikariDataSource primary;
        if (db.embedded()) {
            EmbeddedPostgres server = embedded.server();
            primary = pool(
                    "primary",
                    server.jdbcUrl(db.embeddedDatabase()),
                    EmbeddedPostgres.SUPERUSER,
                    server.password(),
                    db.poolSize(),
                    false);
        } else {
            primary = pool("primary", db.url(), db.username(), db.password(), db.poolSize(), false);
        }
        if (db.replicaUrl() == null || db.replicaUrl().isBlank()) {
            return new ClosingDataSource(primary, primary);
        }
        HikariDataSource replica = pool("replica", db.replicaUrl(), db.username(), db.password(), db.poolSize(), true);
        ReplicaRoutingDataSource routing = new ReplicaRoutingDataSource();
        routing.setTargetDataSources(Map.of(Route.PRIMARY, primary, Route.REPLICA, replica));
        routing.setDefaultTargetDataSource(primary);
        routing.afterPropertiesSet();
        return new ClosingDataSource(new LazyConnectionDataSourceProxy(routing), primary, replica);
    }

    private static HikariDataSource pool(
            String name, String url, String user, String password, int size, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("aigentforce-" + name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setReadOnly(readOnly);
        // transactions manage commit themselves; Hibernate is told so and skips toggling auto-commit per transaction
        config.setAutoCommit(false);
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    enum Route {
        PRIMARY,
        REPLICA
    }

    /** Sends read-only transactions to the replica; everything else to the primary. */
    static final class ReplicaRoutingDataSource extends AbstractRoutingDataSource {

        @Override
        protected Object determineCurrentLookupKey() {
            return TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? Route.REPLICA : Route.PRIMARY;
        }
    }

    /** Delegates to the routing data source and closes the pools when the context stops. */
    static final class ClosingDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource
            implements AutoCloseable {

        private final HikariDataSource[] pools;

        ClosingDataSource(DataSource target, HikariDataSource... pools) {
            super(target);
            this.pools = pools;
        }

        @Override
        public void close() {
            for (HikariDataSource pool : pools) {
                pool.close();
            }
        }
    }
}
