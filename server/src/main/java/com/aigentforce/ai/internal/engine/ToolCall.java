package com.aigentforce.ai.internal.engine;

/** A tool call the model asked for: its id (to answer it), the tool's name and the arguments as a JSON object. */
public record ToolCall(String id, String name, String argumentsJson) {}
