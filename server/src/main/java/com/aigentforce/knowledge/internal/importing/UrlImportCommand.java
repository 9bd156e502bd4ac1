package com.aigentforce.knowledge.internal.importing;

import com.aigentforce.knowledge.internal.base.Principals.Principal;
import java.util.List;
import java.util.Map;

/**
 * An import of a document or of a new version from a URL: the address and, each optional (null: unchanged, or the
 * defaults of a new document), the title, tags, metadata and the readers narrowing the knowledge base's.
 */
public record UrlImportCommand(
        String url, String title, List<String> tags, Map<String, String> metadata, List<Principal> readers) {}
