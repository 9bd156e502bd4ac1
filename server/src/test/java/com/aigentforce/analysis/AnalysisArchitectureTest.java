package com.aigentforce.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.aigentforce.support.ModuleParts;
import org.junit.jupiter.api.Test;

/**
 * The analysis module's parts (text, entity, language, sentiment, summary, model, service, web) depend on each other
 * one way only, and only its web layer sees HTTP: the service takes a text or a stream, so a job can call it too.
 */
class AnalysisArchitectureTest {

    private static final ModuleParts PARTS = ModuleParts.of("analysis");

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
    void theModelsDoNotDependOnTheService() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        PARTS.internal() + ".text..",
                        PARTS.internal() + ".entity..",
                        PARTS.internal() + ".language..",
                        PARTS.internal() + ".sentiment..",
                        PARTS.internal() + ".summary..",
                        PARTS.internal() + ".model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(PARTS.internal() + ".service..")
                .check(PARTS.classes());
    }
}
