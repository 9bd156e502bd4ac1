package com.aigentforce.knowledge;

import com.aigentforce.support.ModuleParts;
import org.junit.jupiter.api.Test;

/**
 * The knowledge module's parts (the sub-packages of {@code internal}: knowledge bases, documents, ingestion,
 * embedding, index, search, web, …) depend on each other one way only, and only its web layer sees HTTP: services take
 * commands and answer results, so a job, a test or another module can call them alike.
 */
class KnowledgeArchitectureTest {

    private static final ModuleParts PARTS = ModuleParts.of("knowledge");

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

    @Test
    void theSharedSettingsDependOnNoPart() {
        PARTS.theSharedSettingsDependOnNoPart();
    }
}
