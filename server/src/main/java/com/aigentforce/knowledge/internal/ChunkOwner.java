package com.aigentforce.knowledge.internal;

import java.util.UUID;

/** Which document a chunk belongs to: what the per-document cap of search needs to know about each candidate. */
record ChunkOwner(UUID chunkId, UUID documentId) {}
