package com.aigentforce.ai.internal.templates;

import java.util.Locale;

/** What a template variable holds; {@code text} is a string the editor shows as a multi-line field. */
public enum VariableType {
    STRING,
    NUMBER,
    BOOLEAN,
    ENUM,
    TEXT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named on the wire, or null for an unknown name. */
    public static VariableType fromWire(String name) {
        for (VariableType type : values()) {
            if (type.wire().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
