package com.aigentforce.users.internal.roles;

import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.cluster.ClusterEvictions;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.internal.UsersProperties;
import com.aigentforce.users.internal.base.BuiltInRole;
import com.aigentforce.users.internal.base.Role;
import com.aigentforce.users.internal.base.Roles;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Resolves role names and ids within the current tenant, and the permissions a set of roles grants. A tenant's
 * roles are few and read on nearly every request, so an immutable snapshot per tenant is cached; changes on this
 * node evict it at once, the expiry bounds staleness when another node changed a role.
 */
@Component
public class RoleCatalog {

    private final Roles roles;
    private final Cache<UUID, Map<UUID, RoleInfo>> snapshots;

    private final ClusterEvictions evictions;

    RoleCatalog(Roles roles, UsersProperties properties, ClusterEvictions evictions) {
        this.roles = roles;
        this.snapshots = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(properties.security().accessCacheTtl())
                .build();
        this.evictions = evictions;
        evictions.register("roles", key -> snapshots.invalidate(UUID.fromString(key)));
    }

    /** What a role is, detached from any persistence session. */
    public record RoleInfo(UUID id, String name, boolean builtIn, List<String> permissions) {}

    /** All roles of the current tenant by id. */
    public Map<UUID, RoleInfo> byId() {
        UUID tenantId = TenantContext.current();
        if (TenantContext.SYSTEM.equals(tenantId)) {
            throw new IllegalStateException("Role lookups need a tenant, not the system context");
        }
        return snapshots.get(tenantId, tenant -> {
            Map<UUID, RoleInfo> result = new LinkedHashMap<>();
            for (Role role : roles.findAll()) {
                result.put(role.id(), new RoleInfo(role.id(), role.name(), role.builtIn(), role.permissions()));
            }
            return Map.copyOf(result);
        });
    }

    void evict(UUID tenantId) {
        evictions.evict("roles", tenantId.toString());
    }

    /** Turns role names (or ids) from a request into ids; unknown names are a 422 on {@code field}. */
    public List<UUID> resolve(String field, Collection<String> requested) {
        Map<UUID, RoleInfo> all = byId();
        List<UUID> ids = new ArrayList<>();
        for (String wanted : requested) {
            RoleInfo match = all.values().stream()
                    .filter(r -> r.name().equalsIgnoreCase(wanted.strip())
                            || r.id().toString().equals(wanted.strip()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidField(field, "There is no role '" + wanted + "'."));
            if (!ids.contains(match.id())) {
                ids.add(match.id());
            }
        }
        return ids;
    }

    public static List<String> names(Collection<UUID> roleIds, Map<UUID, RoleInfo> all) {
        return roleIds.stream()
                .map(all::get)
                .filter(r -> r != null)
                .map(RoleInfo::name)
                .sorted()
                .toList();
    }

    public static Set<String> permissions(Collection<UUID> roleIds, Map<UUID, RoleInfo> all) {
        Set<String> result = new TreeSet<>(Permissions.SELF_SERVICE);
        for (UUID id : roleIds) {
            RoleInfo role = all.get(id);
            if (role != null) {
                result.addAll(role.permissions());
            }
        }
        return result;
    }

    public UUID ownerRoleId() {
        return byId().values().stream()
                .filter(r -> r.builtIn() && r.name().equals(BuiltInRole.OWNER.name()))
                .map(RoleInfo::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Tenant has no OWNER role"));
    }

    /** Creates the built-in roles of a new tenant. */
    public Map<BuiltInRole, UUID> createBuiltIns(UUID tenantId) {
        Map<BuiltInRole, UUID> ids = new LinkedHashMap<>();
        for (BuiltInRole builtIn : BuiltInRole.values()) {
            Role role =
                    roles.save(new Role(tenantId, builtIn.name(), builtIn.description(), true, builtIn.permissions()));
            ids.put(builtIn, role.id());
        }
        evict(tenantId);
        return ids;
    }
}
