package com.aigentforce.knowledge.internal;

import com.aigentforce.platform.DomainException;
import org.springframework.http.HttpStatus;

/** No {@code ObjectStorage} is configured on this node, so files can be neither stored nor read. */
final class StorageUnavailable extends DomainException {

    StorageUnavailable() {
        super(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable", "No file storage is configured on this server");
    }
}
