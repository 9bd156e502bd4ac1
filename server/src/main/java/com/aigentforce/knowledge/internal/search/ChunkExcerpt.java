package com.aigentforce.knowledge.internal.search;

import java.util.List;
import java.util.UUID;

/**
 * What a search hit shows of a chunk and its document, read by one JPQL projection — never the chunk entity, whose
 * 384-float embedding column search does not need.
 */
public record ChunkExcerpt(
        UUID id,
        UUID documentId,
        UUID versionId,
        UUID knowledgeBaseId,
        String documentTitle,
        String text,
        List<String> headingPath,
        Integer page) {}
