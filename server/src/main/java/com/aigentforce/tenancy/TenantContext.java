package com.aigentforce.tenancy;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The tenant the current unit of work acts for. Hibernate reads it (through {@code @TenantId}) when a session
 * opens, so every query on a tenant-owned entity is filtered by it and every insert is stamped with it.
 *
 * <p>Unset means {@link #NONE}: queries match nothing and inserts fail, so forgetting the context fails safe.
 * Crossing tenants is explicit and greppable: {@link #callAsSystem(Supplier)}.
 */
public final class TenantContext {

    /** Matches no tenant. */
    public static final UUID NONE = new UUID(0, 0);
    /** Sees every tenant; only for system work such as sign-in lookups and event listeners. */
    public static final UUID SYSTEM = new UUID(0, 1);

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static UUID current() {
        UUID tenant = CURRENT.get();
        return tenant == null ? NONE : tenant;
    }

    public static boolean isSystem() {
        return SYSTEM.equals(CURRENT.get());
    }

    /** Binds the tenant for the rest of the request; the caller must {@link #clear()} in a finally block. */
    public static void set(UUID tenantId) {
        CURRENT.set(Objects.requireNonNull(tenantId));
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static <T> T callAs(UUID tenantId, Supplier<T> work) {
        UUID previous = CURRENT.get();
        CURRENT.set(Objects.requireNonNull(tenantId));
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(UUID tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        return callAs(SYSTEM, work);
    }

    private static void restore(UUID previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
