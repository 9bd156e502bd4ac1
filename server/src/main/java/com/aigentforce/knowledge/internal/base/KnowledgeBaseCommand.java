package com.aigentforce.knowledge.internal.base;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import java.util.List;

/** Creates or changes a knowledge base; {@code readers}/{@code editors} null: the whole organisation (create) or unchanged. */
public record KnowledgeBaseCommand(String name, String description, List<Principal> readers, List<Principal> editors) {}
