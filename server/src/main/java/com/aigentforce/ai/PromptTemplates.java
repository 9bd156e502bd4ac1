package com.aigentforce.ai;

import java.util.Map;
import java.util.UUID;

/**
 * Renders an organisation's prompt templates for whatever uses them (assistants, simulations). A user of a
 * template either pins a version or follows the latest by passing {@code null}.
 */
public interface PromptTemplates {

    /**
     * Renders a template of {@code tenantId} with {@code variables} (strings, numbers, booleans as decoded from
     * JSON). Throws a 404 problem for a template (or version) the tenant does not have and a 422 naming every
     * missing, unknown or mistyped variable. Call it outside any transaction bound to another tenant.
     */
    Rendered render(UUID tenantId, UUID templateId, Integer version, Map<String, ?> variables);

    /** The text, the version it was rendered from, and its length in tokens of {@code tokenizer}. */
    record Rendered(UUID templateId, int version, String text, int tokens, String tokenizer) {}
}
