package com.aigentforce.knowledge;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Storing a file would take the organisation past its storage quota. Rendered as 413 with type
 * {@code storage-quota-exceeded} and the used, requested and limit bytes; a URL import that runs into it fails with
 * the same words as its reason.
 */
public final class StorageQuotaExceeded extends DomainException {

    public StorageQuotaExceeded(long usedBytes, long bytesToAdd, long limitBytes) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                "storage-quota-exceeded",
                "Storing " + bytesToAdd + " more bytes would exceed the organisation's storage quota: " + usedBytes
                        + " of " + limitBytes + " bytes are used",
                Map.of("usedBytes", usedBytes, "bytesToAdd", bytesToAdd, "limitBytes", limitBytes));
    }
}
