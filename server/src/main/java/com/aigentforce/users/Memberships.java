package com.aigentforce.users;

import java.util.Set;
import java.util.UUID;

/**
 * Which roles and teams a person belongs to, for modules that grant access to roles and teams (knowledge-base
 * sharing). Answers from a cache that role and team changes on this node evict at once (other nodes: at once with
 * Redis, otherwise within the access-cache lifetime).
 */
public interface Memberships {

    /** The person's memberships; an unknown person has none. */
    Membership of(UUID tenantId, UUID userId);

    record Membership(Set<UUID> roleIds, Set<UUID> teamIds) {

        public static final Membership NONE = new Membership(Set.of(), Set.of());
    }
}
