package com.aigentforce.users.internal.people;

import com.aigentforce.identity.Passwords;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.Forbidden;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.tenancy.SubscriptionTier;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantRef;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.UserRolesChanged;
import com.aigentforce.users.internal.base.AccessCache;
import com.aigentforce.users.internal.base.Auditor;
import com.aigentforce.users.internal.base.BuiltInRole;
import com.aigentforce.users.internal.base.Invitation;
import com.aigentforce.users.internal.base.Membership;
import com.aigentforce.users.internal.base.TeamMember;
import com.aigentforce.users.internal.base.TeamMembers;
import com.aigentforce.users.internal.base.Teams;
import com.aigentforce.users.internal.base.User;
import com.aigentforce.users.internal.base.UserCommands.NewPerson;
import com.aigentforce.users.internal.base.UserCommands.PasswordChange;
import com.aigentforce.users.internal.base.UserCommands.PersonChanges;
import com.aigentforce.users.internal.base.UserCommands.ProfileChanges;
import com.aigentforce.users.internal.base.UserModels.CreatedPerson;
import com.aigentforce.users.internal.base.UserModels.PersonDetails;
import com.aigentforce.users.internal.base.UserModels.RoleAssignment;
import com.aigentforce.users.internal.base.UserModels.TeamPlace;
import com.aigentforce.users.internal.base.UserStatus;
import com.aigentforce.users.internal.base.UserViewCache;
import com.aigentforce.users.internal.base.Users;
import com.aigentforce.users.internal.invitations.Invitations;
import com.aigentforce.users.internal.roles.GrantGuard;
import com.aigentforce.users.internal.roles.RoleCatalog;
import com.aigentforce.users.internal.teams.MembershipDirectory;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People in a tenant: profiles, status, role assignment. */
@Service
public class UserService {

    private final Users users;
    private final RoleCatalog roleCatalog;
    private final Teams teams;
    private final TeamMembers members;
    private final Tenancy tenancy;
    private final Passwords passwords;
    private final Invitations invitations;
    private final AccessCache accessCache;
    private final MembershipDirectory memberships;
    private final UserViewCache viewCache;
    private final Auditor auditor;
    private final GrantGuard grants;
    private final ApplicationEventPublisher events;

    UserService(
            Users users,
            RoleCatalog roleCatalog,
            Teams teams,
            TeamMembers members,
            Tenancy tenancy,
            Passwords passwords,
            Invitations invitations,
            AccessCache accessCache,
            MembershipDirectory memberships,
            UserViewCache viewCache,
            Auditor auditor,
            GrantGuard grants,
            ApplicationEventPublisher events) {
        this.users = users;
        this.roleCatalog = roleCatalog;
        this.teams = teams;
        this.members = members;
        this.tenancy = tenancy;
        this.passwords = passwords;
        this.invitations = invitations;
        this.accessCache = accessCache;
        this.memberships = memberships;
        this.viewCache = viewCache;
        this.auditor = auditor;
        this.grants = grants;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PersonDetails load(UUID id) {
        return details(List.of(find(id))).getFirst();
    }

    @Transactional(readOnly = true)
    public Page<PersonDetails> search(
            String q, String role, UUID team, org.springframework.data.domain.PageRequest page) {
        Specification<User> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                String like = "%"
                        + q.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(root.get("emailNormalized"), like, '\\')));
            }
            if (role != null && !role.isBlank()) {
                UUID roleId = roleCatalog.resolve("role", List.of(role)).getFirst();
                where.add(((HibernateCriteriaBuilder) cb).arrayContains(root.get("roleIds"), roleId));
            }
            if (team != null) {
                Subquery<UUID> inTeam = query.subquery(UUID.class);
                var member = inTeam.from(TeamMember.class);
                inTeam.select(member.get("userId")).where(cb.equal(member.get("teamId"), team));
                where.add(root.get("id").in(inTeam));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        Page<User> found = users.findAll(spec, page.withSort(Sort.by("name", "id")));
        return new PageImpl<>(details(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    @Transactional
    public CreatedPerson create(NewPerson request, String linkBase) {
        String normalized = User.normalize(request.email());
        if (users.existsByEmailNormalized(normalized)) {
            throw new Conflict("email-taken", "A person with this email already exists in the organisation");
        }
        List<UUID> roleIds = roleCatalog.resolve("roles", request.roles());
        Map<UUID, RoleCatalog.RoleInfo> all = roleCatalog.byId();
        List<String> roleNames = RoleCatalog.names(roleIds, all);
        Map<String, Object> attempt = Map.of("email", request.email(), "roles", roleNames);
        grants.requireHeld(
                RoleCatalog.permissions(roleIds, all),
                "Creating a person with the roles " + roleNames,
                "user.create.denied",
                "user",
                null,
                attempt);
        if (roleIds.contains(roleCatalog.ownerRoleId()) && !callerIsOwner(CurrentCaller.get(), all)) {
            auditor.recordRefusal("user.create.denied", "user", null, attempt);
            throw ownerOnly();
        }
        String hash = null;
        if (request.password() != null && !request.password().isEmpty()) {
            passwords.requireAcceptable("password", request.password(), request.email(), request.name());
            hash = passwords.hash(request.password());
        }
        User user = users.saveAndFlush(
                new User(CurrentCaller.get().tenantId(), request.email(), request.name(), hash, roleIds));
        Invitation invitation = hash == null ? invitations.issue(user, linkBase) : null;
        auditor.recordNamed(
                "user.created",
                "user",
                user.id(),
                user.email(),
                Map.of("email", user.email(), "roles", roleNames, "invited", hash == null));
        return new CreatedPerson(details(List.of(user)).getFirst(), invitation);
    }

    @Transactional
    public PersonDetails update(UUID id, PersonChanges request) {
        Caller caller = CurrentCaller.get();
        User user = find(id);
        Map<String, Object> changed = new LinkedHashMap<>();
        if (request.name() != null && !request.name().strip().equals(user.name())) {
            user.rename(request.name());
            changed.put("name", user.name());
        }
        if (request.preferences() != null) {
            user.replacePreferences(request.preferences());
            changed.put("preferences", true);
        }
        if (request.metadata() != null) {
            user.replaceMetadata(request.metadata());
            changed.put("metadata", true);
        }
        if (request.status() != null && request.status() != user.status()) {
            if (!caller.has(Permissions.USERS_ADMIN)) {
                throw new Forbidden("forbidden", "Changing a person's status needs the permission users:admin");
            }
            changeStatus(user, request.status());
            changed.put("status", request.status().json());
        }
        if (!changed.isEmpty()) {
            viewCache.evict(user.tenantId(), user.id());
            auditor.recordNamed("user.updated", "user", user.id(), user.email(), changed);
        }
        return details(List.of(user)).getFirst();
    }

    @Transactional
    public void deactivate(UUID id) {
        User user = find(id);
        if (user.status() == UserStatus.DEACTIVATED) {
            return;
        }
        changeStatus(user, UserStatus.DEACTIVATED);
        viewCache.evict(user.tenantId(), user.id());
        auditor.recordNamed("user.deactivated", "user", user.id(), user.email(), Map.of("email", user.email()));
    }

    @Transactional
    public PersonDetails updateProfile(ProfileChanges request) {
        User user = find(CurrentCaller.get().userId());
        Map<String, Object> changed = new LinkedHashMap<>();
        if (request.name() != null && !request.name().strip().equals(user.name())) {
            changed.put("name", Map.of("from", user.name(), "to", request.name().strip()));
            user.rename(request.name());
        }
        if (request.preferences() != null) {
            user.replacePreferences(request.preferences());
            changed.put("preferences", true);
        }
        viewCache.evict(user.tenantId(), user.id());
        if (!changed.isEmpty()) {
            auditor.recordNamed("user.profile.updated", "user", user.id(), user.email(), changed);
        }
        return details(List.of(user)).getFirst();
    }

    @Transactional
    public void changePassword(PasswordChange request) {
        User user = find(CurrentCaller.get().userId());
        if (user.passwordHash() == null || !passwords.matches(request.currentPassword(), user.passwordHash())) {
            throw new InvalidField("currentPassword", "is not your current password");
        }
        passwords.requireAcceptable("newPassword", request.newPassword(), user.email(), user.name());
        user.changePassword(passwords.hash(request.newPassword()));
        auditor.recordNamed("user.password.changed", "user", user.id(), user.email(), Map.of());
    }

    @Transactional(readOnly = true)
    public RoleAssignment roles(UUID id) {
        User user = find(id);
        Map<UUID, RoleCatalog.RoleInfo> all = roleCatalog.byId();
        return new RoleAssignment(
                RoleCatalog.names(user.roleIds(), all), List.copyOf(RoleCatalog.permissions(user.roleIds(), all)));
    }

    @Transactional
    public RoleAssignment assignRoles(UUID id, List<String> roleNames) {
        User user = find(id);
        Map<UUID, RoleCatalog.RoleInfo> all = roleCatalog.byId();
        List<UUID> before = user.roleIds();
        List<UUID> after = roleCatalog.resolve("roles", roleNames);
        UUID owner = roleCatalog.ownerRoleId();
        Caller caller = CurrentCaller.get();
        Map<String, Object> attempt =
                Map.of("before", RoleCatalog.names(before, all), "after", RoleCatalog.names(after, all));
        List<UUID> added = after.stream().filter(r -> !before.contains(r)).toList();
        grants.requireHeld(
                RoleCatalog.permissions(added, all),
                "Giving the roles " + RoleCatalog.names(added, all),
                "user.roles.denied",
                "user",
                user.id(),
                attempt);
        boolean ownershipChanges = before.contains(owner) != after.contains(owner);
        if (ownershipChanges && !callerIsOwner(caller, all)) {
            auditor.recordRefusal("user.roles.denied", "user", user.id(), attempt);
            throw ownerOnly();
        }
        if (before.contains(owner)
                && !after.contains(owner)
                && user.status() == UserStatus.ACTIVE
                && users.countActiveHoldingRole(owner) <= 1) {
            throw new Conflict("last-owner", "The last active OWNER cannot lose the OWNER role");
        }
        user.assignRoles(after);
        users.flush();
        accessCache.evict(user.id());
        memberships.evict(user.id());
        viewCache.evict(user.tenantId(), user.id());
        auditor.recordNamed("user.roles.changed", "user", user.id(), user.email(), attempt);
        RoleAssignment now =
                new RoleAssignment(RoleCatalog.names(after, all), List.copyOf(RoleCatalog.permissions(after, all)));
        events.publishEvent(
                new UserRolesChanged(user.tenantId(), user.id(), now.roles(), Set.copyOf(now.permissions())));
        return now;
    }

    /** Only someone holding every permission of the person may lock them out or let them back in. */
    private void changeStatus(User user, UserStatus status) {
        Map<UUID, RoleCatalog.RoleInfo> all = roleCatalog.byId();
        grants.requireOutranking(
                RoleCatalog.permissions(user.roleIds(), all),
                "user.status.denied",
                "user",
                user.id(),
                Map.of("status", status.json()));
        UUID owner = roleCatalog.ownerRoleId();
        if (user.status() == UserStatus.ACTIVE
                && user.roleIds().contains(owner)
                && users.countActiveHoldingRole(owner) <= 1) {
            throw new Conflict("last-owner", "The last active OWNER cannot be deactivated");
        }
        if (status == UserStatus.ACTIVE && user.passwordHash() == null) {
            throw new InvalidField(
                    "status",
                    "cannot be active before the person has set a password: send them a new invitation instead");
        }
        if (status == UserStatus.INVITED) {
            throw new InvalidField("status", "can only be set to active or deactivated");
        }
        user.changeStatus(status);
        accessCache.evict(user.id());
    }

    private static Forbidden ownerOnly() {
        return new Forbidden("owner-only", "Only an OWNER can grant or remove the OWNER role");
    }

    private boolean callerIsOwner(Caller caller, Map<UUID, RoleCatalog.RoleInfo> all) {
        return users.findById(caller.userId())
                .map(u -> RoleCatalog.names(u.roleIds(), all).contains(BuiltInRole.OWNER.name()))
                .orElse(false);
    }

    public User find(UUID id) {
        return users.findById(id).orElseThrow(() -> new NotFound("User", id));
    }

    /** Builds people's details with role names, permissions, teams and tier, in a fixed number of queries. */
    public List<PersonDetails> details(List<User> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, RoleCatalog.RoleInfo> roles = roleCatalog.byId();
        List<UUID> ids = page.stream().map(User::id).toList();
        Map<UUID, List<TeamPlace>> teamsOf = new HashMap<>();
        for (Membership m : members.membershipsOf(ids)) {
            teamsOf.computeIfAbsent(m.userId(), k -> new ArrayList<>())
                    .add(new TeamPlace(m.teamId(), m.teamName(), m.lead()));
        }
        SubscriptionTier tier = tenancy.find(CurrentCaller.get().tenantId())
                .map(TenantRef::tier)
                .orElse(SubscriptionTier.FREE);
        return page.stream()
                .map(u -> new PersonDetails(
                        u.id(),
                        u.email(),
                        u.name(),
                        RoleCatalog.names(u.roleIds(), roles),
                        List.copyOf(RoleCatalog.permissions(u.roleIds(), roles)),
                        tier,
                        u.metadata(),
                        u.createdAt(),
                        u.updatedAt(),
                        u.status(),
                        teamsOf.getOrDefault(u.id(), List.of()).stream()
                                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                                .toList(),
                        u.preferences(),
                        u.lastLoginAt()))
                .toList();
    }
}
