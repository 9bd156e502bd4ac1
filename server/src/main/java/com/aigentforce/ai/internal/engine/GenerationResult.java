package com.aigentforce.ai.internal.engine;

import java.time.Duration;
import java.util.List;

/**
 * A finished generation: the text (possibly partial when cancelled), the tool calls asked for, the provider's token
 * counts, why it ended, the model that answered, and timings ({@code timeToFirstToken} null when nothing arrived).
 */
public record GenerationResult(
        String text,
        List<ToolCall> toolCalls,
        Usage usage,
        FinishReason finishReason,
        String model,
        Duration timeToFirstToken,
        Duration duration) {

    /** Tokens as the provider counted them (0 when it did not say). */
    public record Usage(int inputTokens, int outputTokens) {}

    public enum FinishReason {
        /** The model ended its answer. */
        STOP,
        /** The output token limit was reached. */
        LENGTH,
        /** The model asks for tool calls. */
        TOOL_CALLS,
        /** The provider's content filter stopped it. */
        CONTENT_FILTER,
        /** Stopped by {@link GenerationHandle#cancel()}. */
        CANCELLED
    }
}
