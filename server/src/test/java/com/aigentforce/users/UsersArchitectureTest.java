package com.aigentforce.users;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The users module's parts (the sub-packages of {@code internal}: base, people, roles, teams, invitations, web)
 * depend on each other one way only, and only its web layer sees HTTP: services take commands and answer results.
 */
class UsersArchitectureTest {

    private static final String INTERNAL = "com.aigentforce.users.internal";
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
    void theSharedSettingsDependOnNoPart() {
        noClasses()
                .that()
                .resideInAPackage(INTERNAL)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERNAL + ".*..")
                .check(CLASSES);
    }
}
