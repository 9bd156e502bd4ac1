package com.aigentforce.ai.internal.templates;

import java.util.List;

/**
 * What a save sets: the whole definition, which becomes the template's next version. Variables arrive as sent;
 * {@link TemplateRules} checks them (a null type is an unknown type name).
 */
public record TemplateDefinition(String name, String description, String body, List<TemplateVariable> variables) {

    public TemplateDefinition {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }
}
