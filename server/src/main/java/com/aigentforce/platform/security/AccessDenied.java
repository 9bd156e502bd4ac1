package com.aigentforce.platform.security;

import java.util.UUID;

/**
 * Published when a signed-in caller is refused an endpoint for lack of a permission; the audit module records it.
 * Published synchronously during the request (there is no transaction to attach it to).
 */
public record AccessDenied(
        UUID tenantId,
        UUID userId,
        String email,
        String permission,
        String method,
        String path,
        String ip,
        String userAgent) {}
