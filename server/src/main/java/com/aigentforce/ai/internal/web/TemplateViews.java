package com.aigentforce.ai.internal.web;

import com.aigentforce.ai.PromptTemplates.Rendered;
import com.aigentforce.ai.internal.templates.SavedTemplate;
import com.aigentforce.ai.internal.templates.TemplateVariable;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

final class TemplateViews {

    private TemplateViews() {}

    /** A template at one version (the latest, unless a version was asked for). */
    record TemplateView(
            UUID id,
            int version,
            String name,
            String description,
            String body,
            List<VariableView> variables,
            UUID savedBy,
            Instant savedAt) {

        static TemplateView of(SavedTemplate saved) {
            var definition = saved.definition();
            return new TemplateView(
                    saved.id(),
                    saved.version(),
                    definition.name(),
                    definition.description(),
                    definition.body(),
                    definition.variables().stream().map(VariableView::of).toList(),
                    saved.savedBy(),
                    saved.savedAt());
        }
    }

    record VariableView(
            String name,
            String type,
            boolean required,
            @JsonProperty("default") Object defaultValue,
            List<String> options) {

        static VariableView of(TemplateVariable variable) {
            return new VariableView(
                    variable.name(),
                    variable.type().wire(),
                    variable.required(),
                    variable.defaultValue(),
                    variable.options());
        }
    }

    /** A row of a list: the template's latest version, or a version in the history, without its body. */
    record TemplateSummary(
            UUID id, int version, String name, String description, int variableCount, UUID savedBy, Instant savedAt) {

        static TemplateSummary of(SavedTemplate saved) {
            return new TemplateSummary(
                    saved.id(),
                    saved.version(),
                    saved.definition().name(),
                    saved.definition().description(),
                    saved.definition().variables().size(),
                    saved.savedBy(),
                    saved.savedAt());
        }
    }

    record RenderView(UUID templateId, int version, String text, int tokens, String tokenizer) {

        static RenderView of(Rendered rendered) {
            return new RenderView(
                    rendered.templateId(),
                    rendered.version(),
                    rendered.text(),
                    rendered.tokens(),
                    rendered.tokenizer());
        }
    }
}
