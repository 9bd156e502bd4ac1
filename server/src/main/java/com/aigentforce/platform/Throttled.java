package com.aigentforce.platform;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** Too many attempts; the client may retry after {@link #retryAfter()}. Rendered as 429 with Retry-After. */
public class Throttled extends DomainException {

    private final Duration retryAfter;

    public Throttled(String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
