package com.aigentforce.users.internal.base;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the users module's services are asked to do, free of HTTP: controllers map validated requests to these, and a
 * job, a test or another caller can build them directly.
 */
public final class UserCommands {

    private UserCommands() {}

    /** A person to create; without a password they are invited. */
    public record NewPerson(String email, String name, List<String> roles, String password) {

        public NewPerson {
            roles = List.copyOf(roles);
        }
    }

    /** Changes to a person; a null field stays as it is. */
    public record PersonChanges(
            String name, Map<String, Object> preferences, Map<String, Object> metadata, UserStatus status) {}

    /** Changes to one's own profile; a null field stays as it is. */
    public record ProfileChanges(String name, Map<String, Object> preferences) {}

    public record PasswordChange(String currentPassword, String newPassword) {}

    /** A custom role's name, description and permissions. */
    public record RoleDefinition(String name, String description, List<String> permissions) {

        public RoleDefinition {
            permissions = List.copyOf(permissions);
        }
    }

    public record TeamDefinition(String name, String description) {}

    /** One member of a team's new member list. */
    public record TeamSeat(UUID userId, boolean lead) {}
}
