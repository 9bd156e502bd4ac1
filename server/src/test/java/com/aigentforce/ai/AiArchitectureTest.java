package com.aigentforce.ai;

import com.aigentforce.support.ModuleParts;
import org.junit.jupiter.api.Test;

/**
 * The AI module's parts (the sub-packages of {@code internal}: providers, the engine, web, …) depend on each other one
 * way only, and only its web layer sees HTTP: the engine and the services take commands and answer results, so the
 * assistants and conversations built on them call them alike.
 */
class AiArchitectureTest {

    private static final ModuleParts PARTS = ModuleParts.of("ai");

    @Test
    void thePartsDependOnEachOtherOneWayOnly() {
        PARTS.partsDependOnEachOtherOneWayOnly();
    }

    @Test
    void onlyTheWebLayerSeesWebTypes() {
        PARTS.onlyTheWebPartSeesWebTypes();
    }

    @Test
    void nothingDependsOnTheWebLayer() {
        PARTS.nothingDependsOnTheWebPart();
    }
}
