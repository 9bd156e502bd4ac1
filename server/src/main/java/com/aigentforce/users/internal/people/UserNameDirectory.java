package com.aigentforce.users.internal.people;

import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.UserNames;
import com.aigentforce.users.internal.base.User;
import com.aigentforce.users.internal.base.Users;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The users module's {@link UserNames}: one query per call, inside the tenant (so ids never cross tenants). */
@Component
public class UserNameDirectory implements UserNames {

    private final Users users;
    private final TransactionTemplate readOnly;

    UserNameDirectory(Users users, TransactionTemplate tx) {
        this.users = users;
        this.readOnly = new TransactionTemplate(tx.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Override
    public Map<UUID, String> displayNames(UUID tenantId, Collection<UUID> userIds) {
        Set<UUID> ids = Set.copyOf(userIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return TenantContext.callAs(
                tenantId,
                () -> readOnly.execute(s -> {
                    Map<UUID, String> names = new HashMap<>();
                    for (User user : users.findAllById(ids)) {
                        String name = user.name();
                        names.put(user.id(), name == null || name.isBlank() ? user.email() : name);
                    }
                    return names;
                }));
    }
}
