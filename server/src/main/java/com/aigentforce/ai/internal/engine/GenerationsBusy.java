package com.aigentforce.ai.internal.engine;

import com.aigentforce.platform.Throttled;
import java.time.Duration;

/** The organisation already runs as many generations as it may at once; rendered as 429 with Retry-After. */
final class GenerationsBusy extends Throttled {

    GenerationsBusy(int limit) {
        super(
                "The organisation already has " + limit
                        + " generations running, the most it may have at once; try again when one has finished",
                Duration.ofSeconds(1));
    }
}
