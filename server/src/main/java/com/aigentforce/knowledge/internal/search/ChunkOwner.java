package com.aigentforce.knowledge.internal.search;

import java.util.UUID;

/** Which document a chunk belongs to: what the per-document cap of search needs to know about each candidate. */
public record ChunkOwner(UUID chunkId, UUID documentId) {}
