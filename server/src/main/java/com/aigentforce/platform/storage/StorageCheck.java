package com.aigentforce.platform.storage;

/** A cheap round trip to the store, for the health endpoint; throws when the store is unusable. */
interface StorageCheck {

    void check();
}
