package com.aigentforce.ai.internal.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A variable a template declares. {@code defaultValue} is a String, Boolean or number matching {@code type}, or null;
 * {@code options} lists an enum's allowed values and is empty for the other types.
 */
public record TemplateVariable(
        String name, VariableType type, boolean required, Object defaultValue, List<String> options) {

    public TemplateVariable {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The stored form (a JSON object in the version row). */
    Map<String, Object> toStored() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("name", name);
        stored.put("type", type.wire());
        stored.put("required", required);
        stored.put("default", defaultValue);
        stored.put("options", options);
        return stored;
    }

    @SuppressWarnings("unchecked")
    static TemplateVariable fromStored(Map<String, Object> stored) {
        return new TemplateVariable(
                (String) stored.get("name"),
                VariableType.fromWire((String) stored.get("type")),
                Boolean.TRUE.equals(stored.get("required")),
                stored.get("default"),
                (List<String>) stored.get("options"));
    }
}
