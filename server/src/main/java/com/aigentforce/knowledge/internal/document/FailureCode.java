package com.aigentforce.knowledge.internal.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a document version failed, for programs ({@code failureCode} in the API); the version's {@code statusReason}
 * says it in a sentence for people.
 */
public enum FailureCode {
    UNSUPPORTED_TYPE,
    ENCRYPTED,
    NO_TEXT,
    TOO_MANY_PAGES,
    TOO_MUCH_TEXT,
    ZIP_BOMB,
    CORRUPT,
    ATTEMPTS_EXHAUSTED,
    FETCH_FAILED,
    STORAGE_QUOTA;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static FailureCode of(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
