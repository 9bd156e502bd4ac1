package com.aigentforce.platform.outbound;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A non-2xx answer to a LangChain4j request made through {@link GuardedLangChainHttp}: LangChain4j's own
 * {@link HttpException} (status and body, which LangChain4j maps to its exception types and keeps as the cause),
 * plus the server's {@code Retry-After}, so a retry can wait as long as the provider asked.
 */
public final class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    ProviderHttpException(int statusCode, String body, String retryAfterHeader) {
        super(statusCode, body);
        this.retryAfter = parseRetryAfter(retryAfterHeader);
    }

    /** The wait the provider asked for (RFC 9110: delay-seconds or an HTTP date), if it named one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
