package com.aigentforce.ai.internal.engine;

import java.util.List;

/**
 * One message of a conversation as sent to a model: system instructions, the user's words, the assistant's (with the
 * tool calls it asked for), or a tool's result (answering the call {@code toolCallId}).
 */
public record ChatTurn(Role role, String text, List<ToolCall> toolCalls, String toolCallId, String toolName) {

    public enum Role {
        SYSTEM,
        USER,
        ASSISTANT,
        TOOL
    }

    public ChatTurn {
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    public static ChatTurn system(String text) {
        return new ChatTurn(Role.SYSTEM, text, List.of(), null, null);
    }

    public static ChatTurn user(String text) {
        return new ChatTurn(Role.USER, text, List.of(), null, null);
    }

    public static ChatTurn assistant(String text, List<ToolCall> toolCalls) {
        return new ChatTurn(Role.ASSISTANT, text, toolCalls, null, null);
    }

    public static ChatTurn toolResult(ToolCall call, String result) {
        return new ChatTurn(Role.TOOL, result, List.of(), call.id(), call.name());
    }
}
