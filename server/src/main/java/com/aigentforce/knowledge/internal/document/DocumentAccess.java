package com.aigentforce.knowledge.internal.document;

import com.aigentforce.knowledge.internal.base.KnowledgeBase;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseNotEditable;
import com.aigentforce.knowledge.internal.base.KnowledgeBaseService;
import com.aigentforce.knowledge.internal.base.ReadAccess;
import com.aigentforce.platform.NotFound;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The documents and knowledge bases a caller may read or change, for every service that works on documents (uploads,
 * versions, URL imports): 404 when they may not read it, exactly like a missing one; 403 when they may only read it.
 */
@Component
public class DocumentAccess {

    private final KnowledgeBaseService knowledgeBases;
    private final Documents documents;

    DocumentAccess(KnowledgeBaseService knowledgeBases, Documents documents) {
        this.knowledgeBases = knowledgeBases;
        this.documents = documents;
    }

    /** A knowledge base the caller may add documents to (404 when unreadable, 403 when read-only). */
    public KnowledgeBase editableKnowledgeBase(UUID id, ReadAccess.Scope scope) {
        KnowledgeBase kb = knowledgeBases.readable(id, scope);
        if (!scope.canEdit(kb.id())) {
            throw new KnowledgeBaseNotEditable(kb.id());
        }
        return kb;
    }

    /** A document the caller may change (404 when unreadable, 403 when its knowledge base is read-only to them). */
    public Document editable(UUID id, ReadAccess.Scope scope) {
        Document document = readable(id, scope);
        if (!scope.canEdit(document.knowledgeBaseId())) {
            throw new KnowledgeBaseNotEditable(document.knowledgeBaseId());
        }
        return document;
    }

    public Document readable(UUID id, ReadAccess.Scope scope) {
        return documents
                .findLive(id)
                .filter(d -> scope.canRead(d.knowledgeBaseId(), d.id()))
                .orElseThrow(() -> new NotFound("Document", id));
    }
}
