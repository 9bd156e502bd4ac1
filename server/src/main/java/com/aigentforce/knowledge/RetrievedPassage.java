package com.aigentforce.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * One passage (chunk) of a document's current version, as an answer cites it: where it is ({@code page} null for
 * formats without pages, {@code headingPath} the section headings above it), its plain text and its absolute
 * relevance in [0, 1] (docs/api.md, search).
 */
public record RetrievedPassage(
        UUID documentId,
        UUID versionId,
        UUID chunkId,
        String documentTitle,
        Integer page,
        List<String> headingPath,
        String text,
        double relevance) {}
