package com.aigentforce.knowledge.internal.document;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An upload is larger than the configured limit. */
final class FileTooLarge extends DomainException {

    FileTooLarge(long size, long limit) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                "file-too-large",
                "The file has " + size + " bytes; the limit is " + limit + " bytes",
                Map.of("limit", limit));
    }
}
