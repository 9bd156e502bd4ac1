package com.aigentforce.ai.internal.engine;

import java.util.List;

/** A tool offered to the model: its name, what it does, and its parameters. */
public record ToolSpec(String name, String description, List<Parameter> parameters) {

    public ToolSpec {
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** {@code type}: string, integer, number or boolean. */
    public record Parameter(String name, String type, String description, boolean required) {}
}
