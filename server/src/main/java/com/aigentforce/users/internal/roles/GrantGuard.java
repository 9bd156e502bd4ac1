package com.aigentforce.users.internal.roles;

import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.internal.base.Auditor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Nobody hands out more than they hold: a role may carry, and a person may be given a role that carries, only
 * permissions the caller holds (API keys follow the same rule). Without it {@code roles:write} plus
 * {@code roles:assign} would reach every permission. Self-service permissions are everyone's, so they never count.
 */
@Component
public class GrantGuard {

    private static final Logger LOGGER = LoggerFactory.getLogger(GrantGuard.class);

    private final Auditor auditor;

    GrantGuard(Auditor auditor) {
        this.auditor = auditor;
    }

    /**
     * Refuses, audits and throws {@link PermissionsNotHeld} when {@code granted} holds a permission the caller lacks.
     *
     * @param attempt what the caller tried, for people ("Creating the role 'Sneaky'")
     * @param action the audit action of the refusal
     */
    public void requireHeld(
            Collection<String> granted,
            String attempt,
            String action,
            String targetType,
            UUID targetId,
            Map<String, Object> details) {
        refuseUnlessHeld(granted, attempt + " would grant", action, targetType, targetId, details);
    }

    /**
     * Acting on a person (locking them out, letting them back in) needs every permission they hold: otherwise an
     * ADMIN could deactivate the OWNERs who outrank them.
     */
    public void requireOutranking(
            Collection<String> heldByTarget,
            String action,
            String targetType,
            UUID targetId,
            Map<String, Object> details) {
        refuseUnlessHeld(heldByTarget, "This person holds", action, targetType, targetId, details);
    }

    private void refuseUnlessHeld(
            Collection<String> needed,
            String reason,
            String action,
            String targetType,
            UUID targetId,
            Map<String, Object> details) {
        Caller caller = CurrentCaller.get();
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(caller.permissions());
        missing.removeAll(Permissions.SELF_SERVICE);
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Object> recorded = new LinkedHashMap<>(details);
        recorded.put("missingPermissions", List.copyOf(missing));
        auditor.recordRefusal(action, targetType, targetId, recorded);
        LOGGER.info("User(id={}) refused {}: lacks {}", caller.userId(), action, missing);
        throw new PermissionsNotHeld(reason, missing);
    }
}
