package com.aigentforce.platform.security;

import com.aigentforce.platform.web.RequestOrigin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequiresPermission} before argument resolution: the permission check precedes body parsing
 * and validation, so a 403 never depends on what the caller sent.
 */
final class PermissionInterceptor implements HandlerInterceptor {

    private final ApplicationEventPublisher events;

    PermissionInterceptor(ApplicationEventPublisher events) {
        this.events = events;
    }

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
            RequestOrigin origin = RequestOrigin.of(request);
            events.publishEvent(new AccessDenied(
                    caller.tenantId(),
                    caller.userId(),
                    caller.email(),
                    required.value(),
                    request.getMethod(),
                    request.getRequestURI(),
                    origin.ip(),
                    origin.userAgent()));
            throw new AccessDeniedException("This action needs the permission " + required.value());
        }
        return true;
    }
}
