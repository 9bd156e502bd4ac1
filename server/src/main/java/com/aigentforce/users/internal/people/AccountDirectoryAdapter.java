package com.aigentforce.users.internal.people;

import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.internal.base.AccessCache;
import com.aigentforce.users.internal.base.BuiltInRole;
import com.aigentforce.users.internal.base.User;
import com.aigentforce.users.internal.base.UserStatus;
import com.aigentforce.users.internal.base.UserViewCache;
import com.aigentforce.users.internal.base.Users;
import com.aigentforce.users.internal.roles.RoleCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The users module's side of identity's {@link AccountDirectory}. */
@Component
public class AccountDirectoryAdapter implements AccountDirectory {

    private final Users users;
    private final RoleCatalog roleCatalog;
    private final AccessCache cache;
    private final UserViewCache views;
    private final TransactionTemplate tx;
    private final TransactionTemplate readOnly;

    AccountDirectoryAdapter(
            Users users, RoleCatalog roleCatalog, AccessCache cache, UserViewCache views, TransactionTemplate tx) {
        this.users = users;
        this.roleCatalog = roleCatalog;
        this.cache = cache;
        this.views = views;
        this.tx = tx;
        this.readOnly = new TransactionTemplate(tx.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Override
    public List<LoginCandidate> findLoginCandidates(String email, Optional<UUID> tenantId) {
        String normalized = User.normalize(email);
        List<User> found = TenantContext.callAs(
                tenantId.orElse(TenantContext.SYSTEM),
                () -> readOnly.execute(s -> users.findByEmailNormalized(normalized)));
        return found.stream()
                .map(u -> new LoginCandidate(
                        u.tenantId(), u.id(), u.email(), u.passwordHash(), u.status() == UserStatus.ACTIVE))
                .toList();
    }

    @Override
    public Optional<AccessGrant> access(UUID tenantId, UUID userId) {
        return cache.get(
                userId,
                () -> TenantContext.callAs(
                        tenantId,
                        () -> readOnly.execute(s -> {
                            Optional<User> user = users.findById(userId);
                            if (user.isEmpty()) {
                                return Optional.<AccessGrant>empty();
                            }
                            Map<UUID, RoleCatalog.RoleInfo> roles = roleCatalog.byId();
                            User u = user.get();
                            Set<String> roleNames = new TreeSet<>(RoleCatalog.names(u.roleIds(), roles));
                            return Optional.of(new AccessGrant(
                                    u.status() == UserStatus.ACTIVE,
                                    u.email(),
                                    roleNames,
                                    RoleCatalog.permissions(u.roleIds(), roles),
                                    Set.copyOf(u.roleIds())));
                        })));
    }

    @Override
    public void recordSuccessfulLogin(UUID tenantId, UUID userId) {
        TenantContext.runAs(tenantId, () -> tx.executeWithoutResult(s -> users.recordLogin(userId, Instant.now())));
        views.evict(tenantId, userId);
    }

    @Override
    public Set<UUID> roleIds(UUID tenantId) {
        return TenantContext.callAs(
                tenantId, () -> Set.copyOf(roleCatalog.byId().keySet()));
    }

    @Override
    public UUID registerOwner(UUID tenantId, String name, String email, String passwordHash) {
        return TenantContext.callAs(
                tenantId,
                () -> tx.execute(s -> {
                    Map<BuiltInRole, UUID> roles = roleCatalog.createBuiltIns(tenantId);
                    User owner = users.save(
                            new User(tenantId, email, name, passwordHash, List.of(roles.get(BuiltInRole.OWNER))));
                    return owner.id();
                }));
    }
}
