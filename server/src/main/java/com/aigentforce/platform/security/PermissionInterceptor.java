package com.aigentforce.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresPermission} before argument resolution: the permission check precedes body parsing
 * and validation, so a 403 never depends on what the caller sent.
 */
final class PermissionInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresPermission required = method.getMethodAnnotation(RequiresPermission.class);
        if (required == null) {
            return true;
        }
        Caller caller = CurrentCaller.get();
        if (!caller.has(required.value())) {
            throw new AccessDeniedException("This action needs the permission " + required.value());
        }
        return true;
    }
}
