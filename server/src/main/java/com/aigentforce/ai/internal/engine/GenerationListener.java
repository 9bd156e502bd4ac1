package com.aigentforce.ai.internal.engine;

/**
 * Receives a streamed generation, on the engine's thread: deltas in order, then exactly one of {@link #onComplete} or
 * {@link #onError}.
 */
public interface GenerationListener {

    void onDelta(String text);

    void onComplete(GenerationResult result);

    /** {@code failure} is an {@link AiProviderFailed} or {@link AiProviderUnavailable}. */
    void onError(RuntimeException failure);
}
