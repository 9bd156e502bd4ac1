package com.aigentforce.identity.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.platform.ratelimit.RateLimit;
import com.aigentforce.platform.ratelimit.RateLimitDecision;
import com.aigentforce.platform.ratelimit.RateLimitProperties;
import com.aigentforce.platform.ratelimit.RateLimiter;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.web.ProblemWriter;
import com.aigentforce.platform.web.RequestOrigin;
import com.aigentforce.tenancy.Tenancy;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token-bucket limits on {@code /api/**}: per user, or per API key for requests made with one, at the tenant's rate — its override, else its
 * tier's default — and per client address for requests without credentials. Every response carries
 * {@code RateLimit-Limit/Remaining/Reset}; a refused one is a 429 problem with {@code Retry-After}. The first refusal
 * of a signed-in caller in each window is written to the audit trail.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final Tenancy tenancy;
    private final ProblemWriter problems;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Cache<String, Boolean> reported = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();

    ApiRateLimitFilter(
            RateLimiter limiter,
            RateLimitProperties properties,
            Tenancy tenancy,
            ProblemWriter problems,
            ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.limiter = limiter;
        this.properties = properties;
        this.tenancy = tenancy;
        this.problems = problems;
        this.events = events;
        this.tx = tx;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = CurrentCaller.find().orElse(null);
        String key;
        RateLimit limit;
        if (caller == null) {
            key = "ip:" + request.getRemoteAddr();
            limit = RateLimit.perMinute(properties.anonymousPerMinute());
        } else {
            key = caller.viaApiKey() ? "key:" + caller.apiKeyId() : "user:" + caller.userId();
            limit = RateLimit.perMinute(perMinute(caller));
        }
        RateLimitDecision decision = limiter.consume(key, limit);
        response.setHeader("RateLimit-Limit", Long.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        if (caller != null && reported.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
            audit(caller, request, decision);
        }
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        problems.write(
                request,
                response,
                HttpStatus.TOO_MANY_REQUESTS,
                "too-many-requests",
                "Rate limit of " + decision.limit() + " requests per minute exceeded; retry in "
                        + decision.retryAfterSeconds() + " s");
    }

    private long perMinute(Caller caller) {
        return tenancy.find(caller.tenantId())
                .map(t -> t.requestsPerMinute() != null
                        ? t.requestsPerMinute().longValue()
                        : properties.perMinute(t.tier().json()))
                .orElse(properties.anonymousPerMinute());
    }

    private void audit(Caller caller, HttpServletRequest request, RateLimitDecision decision) {
        tx.executeWithoutResult(status -> events.publishEvent(AuditEvent.of(
                caller.tenantId(),
                "ratelimit.exceeded",
                AuditEvent.Actor.of(caller, RequestOrigin.of(request)),
                caller.viaApiKey() ? "apikey" : "user",
                caller.viaApiKey() ? caller.apiKeyId() : caller.userId(),
                Map.of("limitPerMinute", decision.limit(), "path", request.getRequestURI()))));
    }
}
