package com.aigentforce.users;

import com.aigentforce.support.ModuleParts;
import org.junit.jupiter.api.Test;

/**
 * The users module's parts (the sub-packages of {@code internal}: base, people, roles, teams, invitations, web)
 * depend on each other one way only, and only its web layer sees HTTP: services take commands and answer results.
 */
class UsersArchitectureTest {

    private static final ModuleParts PARTS = ModuleParts.of("users");

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
