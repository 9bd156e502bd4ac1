package com.aigentforce.knowledge.internal.base;

import com.aigentforce.platform.Forbidden;
import java.util.UUID;

/** The caller may read the knowledge base but is not one of its editors. */
public final class KnowledgeBaseNotEditable extends Forbidden {

    public KnowledgeBaseNotEditable(UUID knowledgeBaseId) {
        super("knowledge-base-not-editable", "You may read knowledge base " + knowledgeBaseId + " but not change it");
    }
}
