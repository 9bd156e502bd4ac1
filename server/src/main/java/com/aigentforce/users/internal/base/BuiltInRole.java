package com.aigentforce.users.internal.base;

import static com.aigentforce.users.Permissions.*;

import com.aigentforce.users.Permissions;
import java.util.Set;
import java.util.TreeSet;

/** The read-only roles every tenant starts with, and what they grant (documented in docs/security.md). */
public enum BuiltInRole {
    OWNER("Full control of the organisation, including billing", Permissions.CATALOGUE.keySet()),
    ADMIN(
            "Administers people, roles, teams and content",
            except(Permissions.CATALOGUE.keySet(), "billing:manage", TENANT_ADMIN)),
    MANAGER(
            "Leads teams: assigns training and reviews results",
            Set.of(
                    USERS_READ,
                    TEAMS_READ,
                    TEAMS_MEMBERS,
                    ROLES_READ,
                    "kb:read",
                    "training:read",
                    "training:assign",
                    "assistants:use",
                    "workflows:read")),
    TRAINER(
            "Authors training content and assistants",
            Set.of(
                    USERS_READ,
                    TEAMS_READ,
                    "kb:read",
                    "kb:write",
                    "documents:analyze",
                    "training:read",
                    "training:author",
                    "assistants:use",
                    "assistants:manage",
                    PROMPTS_READ,
                    PROMPTS_WRITE,
                    "workflows:read",
                    "workflows:manage")),
    LEARNER("Takes training and uses assistants", Set.of("kb:read", "training:read", "assistants:use"));

    private final String description;
    private final Set<String> permissions;

    BuiltInRole(String description, Set<String> permissions) {
        this.description = description;
        TreeSet<String> all = new TreeSet<>(permissions);
        all.addAll(SELF_SERVICE);
        this.permissions = Set.copyOf(all);
    }

    public String description() {
        return description;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public static boolean isBuiltIn(String name) {
        for (BuiltInRole role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> except(Set<String> all, String... removed) {
        TreeSet<String> result = new TreeSet<>(all);
        for (String r : removed) {
            result.remove(r);
        }
        return result;
    }
}
