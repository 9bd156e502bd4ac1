package com.aigentforce.knowledge.internal.rebuild;

import com.aigentforce.platform.Conflict;
import java.util.UUID;

/** A tenant has at most one index rebuild queued or running. */
final class IndexRebuildAlreadyRunning extends Conflict {

    IndexRebuildAlreadyRunning(UUID runningId) {
        super(
                "index-rebuild-running",
                runningId == null
                        ? "An index rebuild is already queued or running"
                        : "Index rebuild " + runningId + " is already queued or running");
    }
}
