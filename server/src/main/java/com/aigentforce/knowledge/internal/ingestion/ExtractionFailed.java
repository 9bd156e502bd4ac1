package com.aigentforce.knowledge.internal.ingestion;

/** A file cannot be turned into text, for a reason a person understands ("encrypted PDF", "corrupt file"). */
final class ExtractionFailed extends Exception {

    ExtractionFailed(String reason) {
        super(reason, null, false, false);
    }

    ExtractionFailed(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }

    String reason() {
        return getMessage();
    }
}
