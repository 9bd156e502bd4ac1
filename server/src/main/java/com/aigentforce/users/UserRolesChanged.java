package com.aigentforce.users;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person's roles were changed; published inside the changing transaction, so listeners that run after commit see
 * only changes that happened. Carries the roles and the resulting permissions as they are now.
 */
public record UserRolesChanged(UUID tenantId, UUID userId, List<String> roles, Set<String> permissions) {

    public UserRolesChanged {
        roles = List.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }
}
