package com.aigentforce.identity.internal;

import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/** Binds the authenticated caller's tenant for the rest of the request (and puts ids in the log context). */
final class TenantContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = CurrentCaller.find();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        TenantContext.set(caller.get().tenantId());
        MDC.put("tenantId", caller.get().tenantId().toString());
        MDC.put("userId", caller.get().userId().toString());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
            MDC.remove("tenantId");
            MDC.remove("userId");
        }
    }
}
