package com.aigentforce.users.internal.roles;

import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.internal.base.AccessCache;
import com.aigentforce.users.internal.base.Auditor;
import com.aigentforce.users.internal.base.BuiltInRole;
import com.aigentforce.users.internal.base.Role;
import com.aigentforce.users.internal.base.Roles;
import com.aigentforce.users.internal.base.UserCommands.RoleDefinition;
import com.aigentforce.users.internal.base.UserModels.RoleDetails;
import com.aigentforce.users.internal.base.UserViewCache;
import com.aigentforce.users.internal.base.Users;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Built-in (read-only) and custom roles of a tenant. */
@Service
public class RoleService {

    private final Roles roles;
    private final Users users;
    private final RoleCatalog catalog;
    private final AccessCache accessCache;
    private final UserViewCache views;
    private final Auditor auditor;
    private final GrantGuard grants;

    RoleService(
            Roles roles,
            Users users,
            RoleCatalog catalog,
            AccessCache accessCache,
            UserViewCache views,
            Auditor auditor,
            GrantGuard grants) {
        this.roles = roles;
        this.users = users;
        this.catalog = catalog;
        this.accessCache = accessCache;
        this.views = views;
        this.auditor = auditor;
        this.grants = grants;
    }

    /** The permission catalogue by name, with each permission's description. */
    public SortedMap<String, String> permissions() {
        return new TreeMap<>(Permissions.CATALOGUE);
    }

    @Transactional(readOnly = true)
    public Page<RoleDetails> list(PageRequest page) {
        Page<Role> found = roles.findAll(page.withSort(Sort.by(Sort.Order.desc("builtIn"), Sort.Order.asc("name"))));
        return found.map(RoleService::details);
    }

    @Transactional(readOnly = true)
    public RoleDetails get(UUID id) {
        return details(find(id));
    }

    @Transactional
    public RoleDetails create(RoleDefinition request) {
        requireKnownPermissions(request.permissions());
        grants.requireHeld(
                request.permissions(),
                "Creating the role '" + request.name().strip() + "'",
                "role.create.denied",
                "role",
                null,
                Map.of("name", request.name().strip(), "permissions", request.permissions()));
        requireFreeName(request.name(), null);
        Role role =
                roles.saveAndFlush(new Role(null, request.name(), request.description(), false, request.permissions()));
        catalog.evict(CurrentCaller.get().tenantId());
        auditor.recordNamed(
                "role.created",
                "role",
                role.id(),
                role.name(),
                Map.of("name", role.name(), "permissions", role.permissions()));
        return details(role);
    }

    @Transactional
    public RoleDetails update(UUID id, RoleDefinition request) {
        Role role = find(id);
        requireCustom(role);
        requireKnownPermissions(request.permissions());
        List<String> before = role.permissions();
        // only what the change adds: a caller may still rename or narrow a role that holds more than they do
        List<String> added =
                request.permissions().stream().filter(p -> !before.contains(p)).toList();
        grants.requireHeld(
                added,
                "Widening the role '" + role.name() + "'",
                "role.update.denied",
                "role",
                role.id(),
                Map.of("name", role.name(), "before", before, "after", request.permissions()));
        requireFreeName(request.name(), role);
        role.update(request.name(), request.description(), request.permissions());
        roles.flush();
        catalog.evict(CurrentCaller.get().tenantId());
        views.evictTenant(CurrentCaller.get().tenantId());
        accessCache.evictAll();
        auditor.recordNamed(
                "role.updated",
                "role",
                role.id(),
                role.name(),
                Map.of("name", role.name(), "before", before, "after", role.permissions()));
        return details(role);
    }

    @Transactional
    public void delete(UUID id) {
        Role role = find(id);
        requireCustom(role);
        if (users.countHoldingRole(role.id()) > 0) {
            throw new Conflict(
                    "role-in-use", "The role '" + role.name() + "' is still assigned; remove it from people first");
        }
        roles.delete(role);
        roles.flush();
        catalog.evict(CurrentCaller.get().tenantId());
        views.evictTenant(CurrentCaller.get().tenantId());
        accessCache.evictAll();
        auditor.recordNamed("role.deleted", "role", role.id(), role.name(), Map.of("name", role.name()));
    }

    private Role find(UUID id) {
        return roles.findById(id).orElseThrow(() -> new NotFound("Role", id));
    }

    private static void requireCustom(Role role) {
        if (role.builtIn()) {
            throw new Conflict("built-in-role", "The built-in role " + role.name() + " cannot be changed or deleted");
        }
    }

    private void requireFreeName(String name, Role self) {
        if (BuiltInRole.isBuiltIn(name.strip())) {
            throw new InvalidField("name", "is the name of a built-in role");
        }
        roles.findByNameIgnoreCase(name.strip())
                .filter(existing -> self == null || !existing.id().equals(self.id()))
                .ifPresent(existing -> {
                    throw new Conflict("role-name-taken", "A role named '" + name.strip() + "' already exists");
                });
    }

    private static void requireKnownPermissions(List<String> permissions) {
        for (String permission : permissions) {
            if (!Permissions.CATALOGUE.containsKey(permission)) {
                throw new InvalidField("permissions", "There is no permission '" + permission + "'.");
            }
        }
    }

    private static RoleDetails details(Role role) {
        return new RoleDetails(
                role.id(),
                role.name(),
                role.description(),
                role.builtIn(),
                role.permissions(),
                role.createdAt(),
                role.updatedAt());
    }
}
