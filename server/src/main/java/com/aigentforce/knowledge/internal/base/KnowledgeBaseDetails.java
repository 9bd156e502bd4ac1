package com.aigentforce.knowledge.internal.base;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A knowledge base as its service answers it: who may read and edit it, whether the caller may, and its model. */
public record KnowledgeBaseDetails(
        UUID id,
        String name,
        String description,
        List<Principal> readers,
        List<Principal> editors,
        boolean canEdit,
        EmbeddingModelSpec embeddingModel,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static KnowledgeBaseDetails of(KnowledgeBase kb, boolean canEdit, EmbeddingModelSpec model) {
        return new KnowledgeBaseDetails(
                kb.id(),
                kb.name(),
                kb.description(),
                Principals.decode(kb.readers()),
                Principals.decode(kb.editors()),
                canEdit,
                model,
                kb.createdBy(),
                kb.createdAt(),
                kb.updatedAt());
    }
}
