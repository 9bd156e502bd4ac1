package com.aigentforce.ai.internal.web;

import com.aigentforce.ai.internal.templates.TemplateDefinition;
import com.aigentforce.ai.internal.templates.TemplateVariable;
import com.aigentforce.ai.internal.templates.VariableType;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

final class TemplateRequests {

    private TemplateRequests() {}

    /** A whole definition; each save of it becomes the template's next version. Limits: docs/api.md. */
    record TemplateRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull String body,
            @Size(max = 1000) List<@NotNull @Valid VariableRequest> variables) {

        TemplateDefinition definition() {
            return new TemplateDefinition(
                    name.strip(),
                    description,
                    body,
                    variables == null
                            ? List.of()
                            : variables.stream().map(VariableRequest::variable).toList());
        }
    }

    record VariableRequest(
            @NotBlank @Size(max = 64) String name,

            @NotNull
            @Pattern(
                    regexp = "string|number|boolean|enum|text",
                    message = "must be string, number, boolean, enum or text")
            String type,

            Boolean required,
            @JsonProperty("default") Object defaultValue,
            @Size(max = 1000) List<String> options) {

        TemplateVariable variable() {
            return new TemplateVariable(
                    name, VariableType.fromWire(type), Boolean.TRUE.equals(required), defaultValue, options);
        }
    }

    /** Values by variable name; {@code version} pins one, else the latest renders. */
    record RenderRequest(
            @Size(max = 1000) Map<@Size(max = 64) String, Object> variables,
            @Min(1) @Max(1_000_000) Integer version) {

        Map<String, Object> values() {
            return variables == null ? Map.of() : variables;
        }
    }
}
