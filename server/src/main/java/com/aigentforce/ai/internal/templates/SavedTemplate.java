package com.aigentforce.ai.internal.templates;

import java.time.Instant;
import java.util.UUID;

/** One version of a template as saved: who saved it and when. */
public record SavedTemplate(UUID id, int version, TemplateDefinition definition, UUID savedBy, Instant savedAt) {

    static SavedTemplate of(PromptTemplateVersion row) {
        return new SavedTemplate(row.templateId(), row.number(), row.definition(), row.createdBy(), row.createdAt());
    }
}
