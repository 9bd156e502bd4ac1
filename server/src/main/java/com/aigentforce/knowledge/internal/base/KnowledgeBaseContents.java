package com.aigentforce.knowledge.internal.base;

import java.util.UUID;

/**
 * What a knowledge base holds, as far as its own rules need to know: one with documents cannot be deleted. Declared
 * here and provided by the documents' repository, so knowledge bases do not depend on documents.
 */
public interface KnowledgeBaseContents {

    /** Whether the knowledge base holds a document that is not deleted. */
    boolean anyIn(UUID knowledgeBaseId);
}
