package com.aigentforce.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.http.ResponseEntity;

/**
 * The rules every module's inside keeps: its parts (the sub-packages of {@code internal}) depend on each other one way
 * only, only its {@code web} part sees HTTP, and nothing depends on {@code web}. Services take commands and answer
 * results, so a job, a test or another module calls them as a controller does.
 */
public final class ModuleParts {

    private final String internal;
    private final String web;
    private final JavaClasses classes;

    private ModuleParts(String module) {
        this.internal = "com.aigentforce." + module + ".internal";
        this.web = internal + ".web..";
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(internal);
    }

    /** The inside of module {@code com.aigentforce.<module>}. */
    public static ModuleParts of(String module) {
        return new ModuleParts(module);
    }

    public String internal() {
        return internal;
    }

    public JavaClasses classes() {
        return classes;
    }

    public void partsDependOnEachOtherOneWayOnly() {
        slices().matching(internal + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    public void onlyTheWebPartSeesWebTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackage(web)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(ResponseEntity.class)
                .check(classes);
    }

    public void nothingDependsOnTheWebPart() {
        noClasses()
                .that()
                .resideOutsideOfPackage(web)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(web)
                .check(classes);
    }

    /** Classes directly in {@code internal} (shared settings) depend on no part. */
    public void theSharedSettingsDependOnNoPart() {
        noClasses()
                .that()
                .resideInAPackage(internal)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(internal + ".*..")
                .check(classes);
    }
}
