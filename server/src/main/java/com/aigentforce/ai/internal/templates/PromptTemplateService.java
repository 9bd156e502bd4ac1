package com.aigentforce.ai.internal.templates;

import com.aigentforce.ai.PromptTemplates;
import com.aigentforce.audit.AuditEvent;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.DomainException;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.tenancy.TenantContext;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prompt templates of the current organisation. Every save appends an immutable version (1, 2, …) and moves the
 * template's pointer to it; readers get the latest or name a version.
 */
@Service
public class PromptTemplateService implements PromptTemplates {

    private static final String NOUN = "Prompt template";

    private final Templates templates;
    private final TemplateVersions versions;
    private final TemplateRules rules;
    private final TemplatesProperties limits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    PromptTemplateService(
            Templates templates,
            TemplateVersions versions,
            TemplatesProperties limits,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.templates = templates;
        this.versions = versions;
        this.rules = new TemplateRules(limits);
        this.limits = limits;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Transactional(readOnly = true)
    public Page<SavedTemplate> list(Pageable page) {
        return templates.findAllWithLatest(page).map(row -> SavedTemplate.of((PromptTemplateVersion) row[1]));
    }

    @Transactional
    public SavedTemplate create(TemplateDefinition definition) {
        rules.check(definition);
        requireFreeName(definition.name(), null);
        UUID caller = CurrentCaller.get().userId();
        PromptTemplate template = templates.saveAndFlush(new PromptTemplate(definition.name(), caller));
        PromptTemplateVersion saved = versions.save(new PromptTemplateVersion(template.id(), 1, definition, caller));
        audit("prompt_template.created", template, 1);
        return SavedTemplate.of(saved);
    }

    @Transactional
    public SavedTemplate update(UUID id, TemplateDefinition definition) {
        PromptTemplate template = templates.lockById(id).orElseThrow(() -> new NotFound(NOUN, id));
        rules.check(definition);
        requireFreeName(definition.name(), template);
        int number = template.advance(definition.name());
        PromptTemplateVersion saved = versions.save(new PromptTemplateVersion(
                id, number, definition, CurrentCaller.get().userId()));
        templates.flush();
        audit("prompt_template.updated", template, number);
        return SavedTemplate.of(saved);
    }

    /** Deletes the template with all its versions. */
    @Transactional
    public void delete(UUID id) {
        PromptTemplate template = templates.lockById(id).orElseThrow(() -> new NotFound(NOUN, id));
        templates.delete(template);
        audit("prompt_template.deleted", template, template.latestVersion());
    }

    /** The latest version, or the numbered one. */
    @Transactional(readOnly = true)
    public SavedTemplate get(UUID id, Integer version) {
        PromptTemplate template = templates.findById(id).orElseThrow(() -> new NotFound(NOUN, id));
        int number = version == null ? template.latestVersion() : version;
        return versions.findByTemplateIdAndNumber(id, number)
                .map(SavedTemplate::of)
                .orElseThrow(() -> new VersionNotFound(id, number));
    }

    @Transactional(readOnly = true)
    public Page<SavedTemplate> versions(UUID id, Pageable page) {
        if (!templates.existsById(id)) {
            throw new NotFound(NOUN, id);
        }
        return versions.findByTemplateIdOrderByNumberDesc(id, page).map(SavedTemplate::of);
    }

    /** Renders in the current organisation. */
    public Rendered render(UUID id, Integer version, Map<String, ?> variables) {
        SavedTemplate template = readOnly.execute(status -> get(id, version));
        Map<String, Object> values = VariableValues.bind(template.definition().variables(), variables, limits);
        String text = TemplateEngine.render(template.definition().body(), values);
        return new Rendered(id, template.version(), text, TokenCounter.count(text), TokenCounter.TOKENIZER);
    }

    @Override
    public Rendered render(UUID tenantId, UUID templateId, Integer version, Map<String, ?> variables) {
        return TenantContext.callAs(tenantId, () -> render(templateId, version, variables));
    }

    private void requireFreeName(String name, PromptTemplate self) {
        boolean taken = templates.existsByNameIgnoreCase(name)
                && (self == null || !self.name().equalsIgnoreCase(name));
        if (taken) {
            throw new Conflict("prompt-template-name-taken", "A prompt template named '" + name + "' already exists");
        }
    }

    private void audit(String action, PromptTemplate template, int version) {
        events.publishEvent(AuditEvent.byCurrentCaller(
                action, "prompt_template", template.id(), Map.of("name", template.name(), "version", version)));
    }

    /** The template exists but has no version with this number. */
    static final class VersionNotFound extends DomainException {
        VersionNotFound(UUID id, int number) {
            super(HttpStatus.NOT_FOUND, "not-found", "Prompt template " + id + " has no version " + number);
        }
    }
}
