package com.aigentforce.knowledge.internal.base;

import com.aigentforce.platform.InvalidField;
import com.aigentforce.users.Memberships.Membership;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Access-list entries: who may read or edit. Stored as text ({@code tenant}, {@code team:<id>}, {@code role:<id>},
 * {@code user:<id>}) so PostgreSQL can match a caller's principals with one array-overlap test.
 */
public final class Principals {

    static final String TENANT = "tenant";
    private static final List<String> TYPES = List.of("tenant", "team", "role", "user");

    private Principals() {}

    /** An access-list entry as the API shows it. */
    public record Principal(String type, UUID id) {}

    public static List<String> encode(String field, List<Principal> principals) {
        List<String> encoded = new ArrayList<>();
        for (Principal p : principals) {
            String type = p.type() == null ? "" : p.type().toLowerCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw new InvalidField(field, "The type must be one of tenant, team, role, user.");
            }
            if (type.equals(TENANT)) {
                encoded.add(TENANT);
            } else if (p.id() == null) {
                throw new InvalidField(field, "A " + type + " entry needs an id.");
            } else {
                encoded.add(type + ":" + p.id());
            }
        }
        return encoded.stream().distinct().toList();
    }

    public static List<Principal> decode(List<String> encoded) {
        return encoded.stream()
                .map(e -> e.equals(TENANT)
                        ? new Principal(TENANT, null)
                        : new Principal(
                                e.substring(0, e.indexOf(':')), UUID.fromString(e.substring(e.indexOf(':') + 1))))
                .toList();
    }

    /** Everything a person is, as access-list entries: the tenant, themselves, their roles and teams. */
    static String[] of(UUID userId, Membership membership) {
        List<String> all = new ArrayList<>();
        all.add(TENANT);
        all.add("user:" + userId);
        membership.roleIds().forEach(id -> all.add("role:" + id));
        membership.teamIds().forEach(id -> all.add("team:" + id));
        return all.toArray(String[]::new);
    }
}
