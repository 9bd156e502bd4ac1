package com.aigentforce.users.internal;

import com.aigentforce.platform.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** A caller tried to hand out, through a role or a role assignment, permissions they do not hold themselves. */
final class PermissionsNotHeld extends DomainException {

    PermissionsNotHeld(String attempt, Set<String> missing) {
        super(
                HttpStatus.FORBIDDEN,
                "permissions-not-held",
                attempt + " would grant permissions you do not hold: " + String.join(", ", missing),
                Map.of("missingPermissions", List.copyOf(missing)));
    }
}
