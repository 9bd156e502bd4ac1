package com.aigentforce.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReplicaRoutingTest {

    private final DataSourceConfig.ReplicaRoutingDataSource routing = new DataSourceConfig.ReplicaRoutingDataSource();

    @AfterEach
    void reset() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void readOnlyTransactionsGoToTheReplicaAndEverythingElseToThePrimary() {
        assertThat(routing.determineCurrentLookupKey()).isEqualTo(DataSourceConfig.Route.PRIMARY);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        assertThat(routing.determineCurrentLookupKey()).isEqualTo(DataSourceConfig.Route.REPLICA);
    }
}
