package com.aigentforce.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What identity needs to know about accounts, implemented by the users module (which owns them). Identity owns
 * sign-in and tokens; it never touches the users' tables itself.
 */
public interface AccountDirectory {

    /** Accounts with this email, in one tenant or (when {@code tenantId} is empty) in every tenant. */
    List<LoginCandidate> findLoginCandidates(String email, Optional<UUID> tenantId);

    /** The account's current standing and permissions, fresh enough to authorise a request. */
    Optional<AccessGrant> access(UUID tenantId, UUID userId);

    void recordSuccessfulLogin(UUID tenantId, UUID userId);

    /** The ids of the tenant's roles (built-in and custom), to validate role references such as the MFA policy. */
    Set<UUID> roleIds(UUID tenantId);

    /** Creates the first account of a new tenant with the OWNER role; returns its id. */
    UUID registerOwner(UUID tenantId, String name, String email, String passwordHash);

    record LoginCandidate(UUID tenantId, UUID userId, String email, String passwordHash, boolean active) {}

    /** {@code roleIds} are the ids of {@code roles}; the four-argument form leaves them empty. */
    record AccessGrant(boolean active, String email, Set<String> roles, Set<String> permissions, Set<UUID> roleIds) {

        public AccessGrant {
            roleIds = roleIds == null ? Set.of() : Set.copyOf(roleIds);
        }

        public AccessGrant(boolean active, String email, Set<String> roles, Set<String> permissions) {
            this(active, email, roles, permissions, Set.of());
        }
    }
}
