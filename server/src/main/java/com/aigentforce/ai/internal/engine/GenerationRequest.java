package com.aigentforce.ai.internal.engine;

import java.util.List;
import java.util.UUID;

/**
 * What to generate: with which of the tenant's providers and models ({@code model} null: the provider's default
 * model), from which messages, how (null values: the provider's defaults), offering which tools.
 */
public record GenerationRequest(
        UUID providerId,
        String model,
        List<ChatTurn> messages,
        Double temperature,
        Integer maxOutputTokens,
        List<ToolSpec> tools) {

    public GenerationRequest {
        messages = List.copyOf(messages);
        tools = tools == null ? List.of() : List.copyOf(tools);
    }
}
