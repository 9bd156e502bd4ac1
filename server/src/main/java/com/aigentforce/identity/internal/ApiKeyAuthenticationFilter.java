package com.aigentforce.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that present an API key, as {@code X-API-Key: afk_…} or {@code Authorization: Bearer
 * afk_…}; a presented key that does not resolve answers 401 at once. Bearer values that are not API keys are left
 * to the JWT filter, whose token resolver ({@link #jwtOnly()}) in turn ignores API keys.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";

    private final ApiKeyAuthenticator authenticator;
    private final AuthenticationEntryPoint unauthenticated;

    ApiKeyAuthenticationFilter(ApiKeyAuthenticator authenticator, AuthenticationEntryPoint unauthenticated) {
        this.authenticator = authenticator;
        this.unauthenticated = unauthenticated;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = presentedKey(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var caller = authenticator.authenticate(key);
        if (caller.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthenticated.commence(
                    request, response, new InvalidBearerTokenException("The API key is invalid, expired or revoked"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller.get(), null));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String value = authorization.substring(BEARER.length()).strip();
            return ApiKeyAuthenticator.looksLikeKey(value) ? value : null;
        }
        return null;
    }

    /** The standard bearer resolver, blind to API keys (this filter handles them). */
    static BearerTokenResolver jwtOnly() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return request -> {
            String header = request.getHeader(HEADER);
            if (header != null && !header.isBlank()) {
                return null;
            }
            String token = standard.resolve(request);
            return ApiKeyAuthenticator.looksLikeKey(token) ? null : token;
        };
    }
}
