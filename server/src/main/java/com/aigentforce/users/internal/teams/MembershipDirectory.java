package com.aigentforce.users.internal.teams;

import com.aigentforce.platform.cluster.ClusterEvictions;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.Memberships;
import com.aigentforce.users.internal.UsersProperties;
import com.aigentforce.users.internal.base.AccessCache;
import com.aigentforce.users.internal.base.Membership;
import com.aigentforce.users.internal.base.TeamMember;
import com.aigentforce.users.internal.base.TeamMembers;
import com.aigentforce.users.internal.base.Users;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The users module's {@link Memberships}: role and team ids per person, cached like {@link AccessCache}. */
@Component
public class MembershipDirectory implements Memberships {

    private final Cache<UUID, Membership> cache;
    private final ClusterEvictions evictions;
    private final Users users;
    private final TeamMembers members;
    private final TransactionTemplate readOnly;

    MembershipDirectory(
            UsersProperties properties,
            ClusterEvictions evictions,
            Users users,
            TeamMembers members,
            TransactionTemplate tx) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(properties.security().accessCacheTtl())
                .build();
        this.evictions = evictions;
        this.users = users;
        this.members = members;
        this.readOnly = new TransactionTemplate(tx.getTransactionManager());
        this.readOnly.setReadOnly(true);
        evictions.register("memberships", key -> {
            if (ClusterEvictions.ALL.equals(key)) {
                cache.invalidateAll();
            } else {
                cache.invalidate(UUID.fromString(key));
            }
        });
    }

    @Override
    public Membership of(UUID tenantId, UUID userId) {
        return cache.get(userId, id -> TenantContext.callAs(tenantId, () -> readOnly.execute(s -> load(id))));
    }

    private Membership load(UUID userId) {
        return users.findById(userId)
                .map(user -> new Membership(
                        Set.copyOf(user.roleIds()),
                        members.findByUserIdIn(List.of(userId)).stream()
                                .map(TeamMember::teamId)
                                .collect(Collectors.toUnmodifiableSet())))
                .orElse(Membership.NONE);
    }

    public void evict(UUID userId) {
        evictions.evict("memberships", userId.toString());
    }

    /** Team memberships changed (or a team went away). */
    void evictAll() {
        evictions.evict("memberships", ClusterEvictions.ALL);
    }
}
