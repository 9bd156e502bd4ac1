package com.aigentforce.users.internal;

import com.aigentforce.tenancy.SubscriptionTier;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the users module. */
final class UserViews {

    private UserViews() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserView(
            UUID id,
            String email,
            String name,
            List<String> roles,
            List<String> permissions,
            SubscriptionTier subscriptionTier,
            Map<String, Object> metadata,
            Instant createdAt,
            Instant updatedAt,
            UserStatus status,
            List<TeamRef> teams,
            Map<String, Object> preferences,
            Instant lastLoginAt,
            Invitation invitation) {

        UserView withInvitation(Invitation invitation) {
            return new UserView(
                    id,
                    email,
                    name,
                    roles,
                    permissions,
                    subscriptionTier,
                    metadata,
                    createdAt,
                    updatedAt,
                    status,
                    teams,
                    preferences,
                    lastLoginAt,
                    invitation);
        }
    }

    record TeamRef(UUID id, String name, boolean lead) {}

    record Invitation(String token, String url, Instant expiresAt) {}

    record UserRolesView(List<String> roles, List<String> permissions) {}

    record RoleView(
            UUID id,
            String name,
            String description,
            boolean builtIn,
            List<String> permissions,
            Instant createdAt,
            Instant updatedAt) {}

    record PermissionView(String name, String description) {}

    record TeamView(
            UUID id, String name, String description, List<MemberView> members, Instant createdAt, Instant updatedAt) {}

    record MemberView(UUID userId, String name, String email, boolean lead) {}

    record InvitationInfo(String email, String name, String organizationName, Instant expiresAt) {}

    record InvitationAccepted(UUID tenantId, UUID userId) {}
}
