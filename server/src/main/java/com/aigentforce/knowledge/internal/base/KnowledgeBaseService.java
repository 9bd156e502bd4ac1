package com.aigentforce.knowledge.internal.base;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelStore;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.security.CurrentCaller;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Knowledge bases and their sharing; people see only those they may read. */
@Service
public class KnowledgeBaseService {

    private static final List<Principal> WHOLE_TENANT = List.of(new Principal(Principals.TENANT, null));

    private final KnowledgeBases knowledgeBases;
    private final KnowledgeBaseContents contents;
    private final ReadAccess access;
    private final EmbeddingModelStore models;
    private final KnowledgeAuditor auditor;

    KnowledgeBaseService(
            KnowledgeBases knowledgeBases,
            KnowledgeBaseContents contents,
            ReadAccess access,
            EmbeddingModelStore models,
            KnowledgeAuditor auditor) {
        this.knowledgeBases = knowledgeBases;
        this.contents = contents;
        this.access = access;
        this.models = models;
        this.auditor = auditor;
    }

    @Transactional(readOnly = true)
    public Page<KnowledgeBaseDetails> list(PageRequest page) {
        ReadAccess.Scope scope = access.of(CurrentCaller.get());
        List<UUID> readable = List.copyOf(scope.readable());
        Page<KnowledgeBase> found = readable.isEmpty()
                ? Page.empty(page)
                : knowledgeBases.findByIdIn(readable, page.withSort(Sort.by("name", "id")));
        return found.map(kb -> details(kb, scope.canEdit(kb.id())));
    }

    @Transactional(readOnly = true)
    public KnowledgeBaseDetails get(UUID id) {
        ReadAccess.Scope scope = access.of(CurrentCaller.get());
        return details(readable(id, scope), scope.canEdit(id));
    }

    @Transactional
    public KnowledgeBaseDetails create(KnowledgeBaseCommand request) {
        requireFreeName(request.name(), null);
        KnowledgeBase kb = knowledgeBases.saveAndFlush(new KnowledgeBase(
                request.name(),
                request.description(),
                Principals.encode("readers", orTenant(request.readers())),
                Principals.encode("editors", orTenant(request.editors())),
                CurrentCaller.get().userId()));
        auditor.record("knowledge_base.created", "knowledge_base", kb.id(), kb.name(), Map.of());
        return details(kb, true);
    }

    @Transactional
    public KnowledgeBaseDetails update(UUID id, KnowledgeBaseCommand request) {
        KnowledgeBase kb = knowledgeBases.findById(id).orElseThrow(() -> new NotFound("Knowledge base", id));
        requireFreeName(request.name(), kb);
        String previousName = kb.name();
        kb.update(
                request.name(),
                request.description(),
                Principals.encode(
                        "readers", request.readers() == null ? Principals.decode(kb.readers()) : request.readers()),
                Principals.encode(
                        "editors", request.editors() == null ? Principals.decode(kb.editors()) : request.editors()));
        knowledgeBases.flush();
        auditor.record(
                "knowledge_base.updated",
                "knowledge_base",
                kb.id(),
                kb.name(),
                previousName.equals(kb.name()) ? Map.of() : Map.of("previousName", previousName));
        return details(kb, true);
    }

    @Transactional
    public void delete(UUID id) {
        KnowledgeBase kb = knowledgeBases.findById(id).orElseThrow(() -> new NotFound("Knowledge base", id));
        if (contents.anyIn(kb.id())) {
            throw new Conflict("knowledge-base-not-empty", "Delete the knowledge base's documents first");
        }
        knowledgeBases.delete(kb);
        auditor.record("knowledge_base.deleted", "knowledge_base", kb.id(), kb.name(), Map.of());
    }

    /** The knowledge base if the caller may read it; 404 otherwise, exactly like a missing one. */
    public KnowledgeBase readable(UUID id, ReadAccess.Scope scope) {
        return knowledgeBases
                .findById(id)
                .filter(kb -> scope.canRead(kb.id()))
                .orElseThrow(() -> new NotFound("Knowledge base", id));
    }

    private KnowledgeBaseDetails details(KnowledgeBase kb, boolean canEdit) {
        return KnowledgeBaseDetails.of(
                kb, canEdit, models.find(kb.id(), kb.embeddingModelKey()).orElseGet(EmbeddingModelSpec::builtin));
    }

    private static List<Principal> orTenant(List<Principal> principals) {
        return principals == null ? WHOLE_TENANT : principals;
    }

    private void requireFreeName(String name, KnowledgeBase self) {
        boolean taken = knowledgeBases.existsByNameIgnoreCase(name.strip())
                && (self == null || !self.name().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw new Conflict(
                    "knowledge-base-name-taken", "A knowledge base named '" + name.strip() + "' already exists");
        }
    }
}
