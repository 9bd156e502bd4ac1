package com.aigentforce.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The analysis module's parts (text, entity, language, sentiment, summary, model, service, web) depend on each other
 * one way only, and only its web layer sees HTTP: the service takes a text or a stream, so a job can call it too.
 */
class AnalysisArchitectureTest {

    private static final String INTERNAL = "com.aigentforce.analysis.internal";
    private static final String WEB = INTERNAL + ".web..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(INTERNAL);

    @Test
    void thePartsDependOnEachOtherOneWayOnly() {
        slices().matching(INTERNAL + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheWebLayerSeesWebTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(ResponseEntity.class)
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(WEB)
                .check(CLASSES);
    }

    @Test
    void theModelsDoNotDependOnTheService() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        INTERNAL + ".text..",
                        INTERNAL + ".entity..",
                        INTERNAL + ".language..",
                        INTERNAL + ".sentiment..",
                        INTERNAL + ".summary..",
                        INTERNAL + ".model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERNAL + ".service..")
                .check(CLASSES);
    }
}
