package com.aigentforce.knowledge.internal.reembedding;

import com.aigentforce.platform.Conflict;
import java.util.UUID;

/** A knowledge base's model cannot change while its chunks are being re-embedded to the current one. */
final class ReembeddingAlreadyRunning extends Conflict {

    ReembeddingAlreadyRunning(UUID knowledgeBaseId) {
        super(
                "reembedding-running",
                "Knowledge base " + knowledgeBaseId
                        + " is being re-embedded; change its embedding model when that has finished");
    }
}
