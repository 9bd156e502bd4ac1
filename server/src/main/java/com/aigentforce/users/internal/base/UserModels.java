package com.aigentforce.users.internal.base;

import com.aigentforce.tenancy.SubscriptionTier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the users module's services answer with: read models assembled from entities, not JSON views. */
public final class UserModels {

    private UserModels() {}

    /** A person with their role names, the permissions those grant, their teams and the organisation's tier. */
    public record PersonDetails(
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
            List<TeamPlace> teams,
            Map<String, Object> preferences,
            Instant lastLoginAt) {}

    /** A person just created, with the invitation issued when they got no password. */
    public record CreatedPerson(PersonDetails person, Invitation invitation) {}

    /** An invitation still waiting for its person, as the invitee sees it before accepting. */
    public record PendingInvitation(String email, String name, String organizationName, Instant expiresAt) {}

    /** An invitation accepted: the person can now sign in. */
    public record AcceptedInvitation(UUID tenantId, UUID userId) {}

    /** A team a person belongs to. */
    public record TeamPlace(UUID id, String name, boolean lead) {}

    /** A person's role names and the permissions they grant. */
    public record RoleAssignment(List<String> roles, List<String> permissions) {}

    public record RoleDetails(
            UUID id,
            String name,
            String description,
            boolean builtIn,
            List<String> permissions,
            Instant createdAt,
            Instant updatedAt) {}

    public record TeamDetails(
            UUID id,
            String name,
            String description,
            List<TeamMemberDetails> members,
            Instant createdAt,
            Instant updatedAt) {}

    public record TeamMemberDetails(UUID userId, String name, String email, boolean lead) {}
}
