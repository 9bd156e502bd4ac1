package com.aigentforce.knowledge.internal.importing;

/**
 * A URL import could not fetch its file. {@code reason} is what the import's status says ("could not fetch: 404",
 * "address not allowed: …"); {@code transientFailure} says whether trying again later may help (5xx, 429, timeouts,
 * refused connections).
 */
final class FetchFailed extends RuntimeException {

    private final String reason;
    private final boolean transientFailure;

    FetchFailed(String reason, boolean transientFailure) {
        super(reason);
        this.reason = reason;
        this.transientFailure = transientFailure;
    }

    String reason() {
        return reason;
    }

    boolean transientFailure() {
        return transientFailure;
    }
}
