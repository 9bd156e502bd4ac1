package com.aigentforce.realtime;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who in the event's tenant receives it: these people, and everyone holding any of these permissions. Both sets
 * may be used together (the affected person and the tenant's admins); an empty audience reaches nobody.
 */
public record Audience(Set<UUID> userIds, Set<String> permissions) {

    public Audience {
        userIds = Set.copyOf(userIds);
        permissions = Set.copyOf(permissions);
    }

    public static Audience users(UUID... userIds) {
        return new Audience(new HashSet<>(Arrays.asList(userIds)), Set.of());
    }

    public static Audience holdersOf(String... permissions) {
        return new Audience(Set.of(), new HashSet<>(Arrays.asList(permissions)));
    }

    /** This audience and, in addition, everyone holding the permission. */
    public Audience andHoldersOf(String permission) {
        Set<String> more = new HashSet<>(permissions);
        more.add(permission);
        return new Audience(userIds, more);
    }

    public boolean includes(UUID userId, Set<String> held) {
        if (userIds.contains(userId)) {
            return true;
        }
        for (String permission : permissions) {
            if (held.contains(permission)) {
                return true;
            }
        }
        return false;
    }
}
