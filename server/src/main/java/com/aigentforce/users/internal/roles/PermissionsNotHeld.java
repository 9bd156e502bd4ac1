package com.aigentforce.users.internal.roles;

import com.aigentforce.platform.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/** A caller tried to hand out, through a role or a role assignment, permissions they do not hold themselves. */
public final class PermissionsNotHeld extends DomainException {

    /** {@code reason} completes "… permissions you do not hold: a, b". */
    PermissionsNotHeld(String reason, Set<String> missing) {
        super(
                HttpStatus.FORBIDDEN,
                "permissions-not-held",
                reason + " permissions you do not hold: " + String.join(", ", missing),
                Map.of("missingPermissions", List.copyOf(missing)));
    }
}
