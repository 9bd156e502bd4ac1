package com.aigentforce.knowledge.internal.ingestion;

import com.aigentforce.knowledge.internal.document.FailureCode;
import com.aigentforce.knowledge.internal.document.UnreadableFileType;

/**
 * A file cannot be turned into text: a {@link FailureCode} for programs and a sentence for people ("This file is
 * password-protected…").
 */
final class ExtractionFailed extends Exception {

    private final FailureCode code;

    ExtractionFailed(FailureCode code, String reason) {
        this(code, reason, null);
    }

    ExtractionFailed(FailureCode code, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.code = code;
    }

    static ExtractionFailed noText() {
        return new ExtractionFailed(FailureCode.NO_TEXT, "No text could be found in this file");
    }

    static ExtractionFailed encrypted(Throwable cause) {
        return new ExtractionFailed(
                FailureCode.ENCRYPTED, "This file is password-protected: upload a copy without a password", cause);
    }

    static ExtractionFailed unreadable(String detectedType) {
        return new ExtractionFailed(FailureCode.UNSUPPORTED_TYPE, UnreadableFileType.sentence(detectedType));
    }

    static ExtractionFailed tooManyPages(int maxPages) {
        return new ExtractionFailed(
                FailureCode.TOO_MANY_PAGES, "This file has more than " + maxPages + " pages, the most one may have");
    }

    FailureCode code() {
        return code;
    }

    String reason() {
        return getMessage();
    }
}
