package com.aigentforce.users.internal;

import com.aigentforce.platform.InvalidField;
import com.aigentforce.users.Permissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Resolves role names and ids within the current tenant, and the permissions a set of roles grants. */
@Component
class RoleCatalog {

    private final Roles roles;

    RoleCatalog(Roles roles) {
        this.roles = roles;
    }

    /** All roles of the current tenant by id (a tenant has few roles; one query). */
    Map<UUID, Role> byId() {
        Map<UUID, Role> result = new LinkedHashMap<>();
        for (Role role : roles.findAll()) {
            result.put(role.id(), role);
        }
        return result;
    }

    /** Turns role names (or ids) from a request into ids; unknown names are a 422 on {@code field}. */
    List<UUID> resolve(String field, Collection<String> requested) {
        Map<UUID, Role> all = byId();
        List<UUID> ids = new ArrayList<>();
        for (String wanted : requested) {
            Role match = all.values().stream()
                    .filter(r -> r.name().equalsIgnoreCase(wanted.strip()) || r.id().toString().equals(wanted.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidField(field, "unknown role '" + wanted + "'"));
            if (!ids.contains(match.id())) {
                ids.add(match.id());
            }
        }
        return ids;
    }

    static List<String> names(Collection<UUID> roleIds, Map<UUID, Role> all) {
        return roleIds.stream().map(all::get).filter(r -> r != null).map(Role::name).sorted().toList();
    }

    static Set<String> permissions(Collection<UUID> roleIds, Map<UUID, Role> all) {
        Set<String> result = new TreeSet<>(Permissions.SELF_SERVICE);
        for (UUID id : roleIds) {
            Role role = all.get(id);
            if (role != null) {
                result.addAll(role.permissions());
            }
        }
        return result;
    }

    UUID ownerRoleId() {
        return roles.findByNameIgnoreCase(BuiltInRole.OWNER.name()).map(Role::id)
                .orElseThrow(() -> new IllegalStateException("Tenant has no OWNER role"));
    }

    /** Creates the built-in roles of a new tenant. */
    Map<BuiltInRole, UUID> createBuiltIns(UUID tenantId) {
        Map<BuiltInRole, UUID> ids = new LinkedHashMap<>();
        for (BuiltInRole builtIn : BuiltInRole.values()) {
            Role role = roles.save(new Role(tenantId, builtIn.name(), builtIn.description(), true, builtIn.permissions()));
            ids.put(builtIn, role.id());
        }
        return ids;
    }
}
