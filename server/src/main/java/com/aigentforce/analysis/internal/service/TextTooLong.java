package com.aigentforce.analysis.internal.service;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A text over the analysis limit ({@code aigentforce.analysis.max-text}). */
final class TextTooLong extends DomainException {

    TextTooLong(long bytes, long limit) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                "text-too-long",
                "The text has " + bytes + " bytes (UTF-8); the limit is " + limit + " bytes",
                Map.of("limit", limit));
    }
}
