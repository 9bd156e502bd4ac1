package com.aigentforce.identity;

import java.util.UUID;

/**
 * Ends a person's sign-in sessions at once (their refresh tokens die and their access tokens stop working), for
 * the users module when a password is reset.
 */
public interface SessionRevocation {

    /** Revokes every open session of the person; answers how many there were. */
    int revokeAll(UUID tenantId, UUID userId, String reason);
}
