package com.aigentforce.ai.internal.engine;

/** A running streamed generation. */
public interface GenerationHandle {

    /**
     * Stops the generation: the listener gets {@code onComplete} at once with the text so far and {@code CANCELLED},
     * and nothing after; reading from the provider stops at its next delta (or its read timeout, if it is silent).
     */
    void cancel();

    boolean isCancelled();
}
