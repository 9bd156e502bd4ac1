package com.aigentforce.users.internal.web;

import com.aigentforce.tenancy.SubscriptionTier;
import com.aigentforce.users.internal.base.Invitation;
import com.aigentforce.users.internal.base.IssuedLink;
import com.aigentforce.users.internal.base.UserModels;
import com.aigentforce.users.internal.base.UserModels.CreatedPerson;
import com.aigentforce.users.internal.base.UserModels.PersonDetails;
import com.aigentforce.users.internal.base.UserModels.RoleAssignment;
import com.aigentforce.users.internal.base.UserModels.RoleDetails;
import com.aigentforce.users.internal.base.UserModels.TeamDetails;
import com.aigentforce.users.internal.base.UserModels.TeamMemberDetails;
import com.aigentforce.users.internal.base.UserModels.TeamPlace;
import com.aigentforce.users.internal.base.UserStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Response bodies of the users module, mapped from the services' read models by the controllers. */
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
            InvitationView invitation) {

        static UserView of(PersonDetails person) {
            return of(person, null);
        }

        static UserView of(CreatedPerson created) {
            Invitation invitation = created.invitation();
            return of(
                    created.person(),
                    invitation == null
                            ? null
                            : new InvitationView(invitation.token(), invitation.url(), invitation.expiresAt()));
        }

        private static UserView of(PersonDetails p, InvitationView invitation) {
            return new UserView(
                    p.id(),
                    p.email(),
                    p.name(),
                    p.roles(),
                    p.permissions(),
                    p.subscriptionTier(),
                    p.metadata(),
                    p.createdAt(),
                    p.updatedAt(),
                    p.status(),
                    p.teams().stream().map(TeamRef::of).toList(),
                    p.preferences(),
                    p.lastLoginAt(),
                    invitation);
        }
    }

    /**
     * A one-time link issued by an admin. {@code url} is absent when it was mailed instead; {@code linkBase} is the
     * address links start with and {@code linkBaseFromSetting} whether AIGENTFORCE_PUBLIC_URL chose it.
     */
    record LinkView(String delivery, String url, Instant expiresAt, String linkBase, boolean linkBaseFromSetting) {

        static LinkView of(IssuedLink link, boolean showUrl, LinkBases.Base base) {
            return new LinkView(
                    link.mailed() ? "email" : "link",
                    showUrl || !link.mailed() ? link.url() : null,
                    link.expiresAt(),
                    base.url(),
                    base.fromSetting());
        }
    }

    record TeamRef(UUID id, String name, boolean lead) {

        static TeamRef of(TeamPlace team) {
            return new TeamRef(team.id(), team.name(), team.lead());
        }
    }

    record InvitationView(String token, String url, Instant expiresAt) {}

    record UserRolesView(List<String> roles, List<String> permissions) {

        static UserRolesView of(RoleAssignment assignment) {
            return new UserRolesView(assignment.roles(), assignment.permissions());
        }
    }

    record RoleView(
            UUID id,
            String name,
            String description,
            boolean builtIn,
            List<String> permissions,
            Instant createdAt,
            Instant updatedAt) {

        static RoleView of(RoleDetails role) {
            return new RoleView(
                    role.id(),
                    role.name(),
                    role.description(),
                    role.builtIn(),
                    role.permissions(),
                    role.createdAt(),
                    role.updatedAt());
        }
    }

    record PermissionView(String name, String description) {}

    record TeamView(
            UUID id, String name, String description, List<MemberView> members, Instant createdAt, Instant updatedAt) {

        static TeamView of(TeamDetails team) {
            return new TeamView(
                    team.id(),
                    team.name(),
                    team.description(),
                    team.members().stream().map(MemberView::of).toList(),
                    team.createdAt(),
                    team.updatedAt());
        }
    }

    record MemberView(UUID userId, String name, String email, boolean lead) {

        static MemberView of(TeamMemberDetails member) {
            return new MemberView(member.userId(), member.name(), member.email(), member.lead());
        }
    }

    record InvitationInfo(String email, String name, String organizationName, Instant expiresAt) {

        static InvitationInfo of(UserModels.PendingInvitation pending) {
            return new InvitationInfo(pending.email(), pending.name(), pending.organizationName(), pending.expiresAt());
        }
    }

    record InvitationAccepted(UUID tenantId, UUID userId) {

        static InvitationAccepted of(UserModels.AcceptedInvitation accepted) {
            return new InvitationAccepted(accepted.tenantId(), accepted.userId());
        }
    }
}
