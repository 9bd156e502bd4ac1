package com.aigentforce.identity.internal;

import com.aigentforce.platform.ratelimit.RateLimitProperties;
import com.aigentforce.platform.ratelimit.RateLimiter;
import com.aigentforce.platform.security.PublicEndpoint;
import com.aigentforce.platform.web.ProblemWriter;
import com.aigentforce.platform.web.WebProperties;
import com.aigentforce.tenancy.Tenancy;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The HTTP security chain: stateless bearer-token authentication for {@code /api/**} (handlers marked
 * {@link PublicEndpoint} excepted) — JWT access tokens, or API keys ({@code afk_…} as bearer or {@code X-API-Key},
 * see {@link ApiKeyAuthenticationFilter}), problem-JSON 401/403, CORS from configuration, and security headers. CSRF
 * tokens are not needed for bearer requests; the two cookie-authenticated endpoints check a double-submit token
 * themselves ({@link AuthController}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The credential-exchange endpoints take no bearer token, so their chain has no authentication or authorisation
     * filters at all — only CORS and the security headers. They are the hottest public paths (sign-in, refresh). The
     * WebSocket upgrade joins them: its credential arrives in-band (first message or subprotocol), checked by the
     * gateway through {@link com.aigentforce.identity.Credentials}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain credentialExchangeChain(HttpSecurity http, ApiRateLimitFilter rateLimits) throws Exception {
        http.securityMatcher(
                        "/api/v1/auth/login",
                        "/api/v1/auth/refresh",
                        "/api/v1/auth/register",
                        "/api/v1/auth/invitations/**",
                        "/api/v1/auth/password-reset",
                        "/api/v1/auth/password-reset/confirm",
                        "/api/v1/auth/mfa/verify",
                        "/api/v1/auth/mfa/enrollment",
                        "/api/v1/auth/mfa/enrollment/confirm",
                        "/api/v1/ws") // the WebSocket gateway authenticates in-band (realtime module)
                .csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .addFilterAfter(rateLimits, CorsFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccessTokenDecoder decoder,
            CallerAuthenticationConverter converter,
            ApiRateLimitFilter rateLimits,
            ApiKeyAuthenticator apiKeys,
            ProblemWriter problems,
            ObjectProvider<RequestMappingHandlerMapping> requestMappingHandlerMapping)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            response.setHeader(
                    "WWW-Authenticate",
                    request.getHeader("Authorization") == null ? "Bearer" : "Bearer error=\"invalid_token\"");
            problems.write(
                    request,
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "unauthorized",
                    request.getHeader("Authorization") == null
                            ? "Authentication is required"
                            : "The access token is missing, invalid, expired or revoked");
        };
        AccessDeniedHandler denied = (request, response, ex) -> problems.write(
                request, response, HttpStatus.FORBIDDEN, "forbidden", "You do not have permission to do this");
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .anonymous(Customizer.withDefaults())
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(new PublicEndpoints(requestMappingHandlerMapping))
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .oauth2ResourceServer(
                        oauth -> oauth.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                                .bearerTokenResolver(ApiKeyAuthenticationFilter.jwtOnly())
                                .authenticationEntryPoint(unauthenticated)
                                .accessDeniedHandler(denied))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(apiKeys, unauthenticated), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new TenantContextFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(rateLimits, TenantContextFilter.class);
        return http.build();
    }

    /**
     * No Spring Security observations (they are switched off in application.yml): without this the filter chains
     * would still be wrapped in an observation decorator per filter, which costs every request without recording
     * anything. Request timings ({@code http.server.requests}) are unaffected.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Not a servlet-container filter: it runs only inside the two security chains, after authentication. */
    @Bean
    ApiRateLimitFilter apiRateLimitFilter(
            RateLimiter limiter,
            RateLimitProperties properties,
            Tenancy tenancy,
            ProblemWriter problems,
            ApplicationEventPublisher events,
            TransactionTemplate tx) {
        return new ApiRateLimitFilter(limiter, properties, tenancy, problems, events, tx);
    }

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilterRegistration(ApiRateLimitFilter filter) {
        FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(WebProperties web) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> allowed = web.cors().allowedOrigins();
        if (!allowed.isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(allowed);
            config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            config.setAllowedHeaders(List.of(
                    "Authorization",
                    "Content-Type",
                    "X-Request-Id",
                    "X-XSRF-TOKEN",
                    "X-Auth-Mode",
                    "Idempotency-Key",
                    "X-API-Key"));
            config.setExposedHeaders(List.of(
                    "X-Request-Id",
                    "Retry-After",
                    "Location",
                    "RateLimit-Limit",
                    "RateLimit-Remaining",
                    "RateLimit-Reset"));
            config.setAllowCredentials(true);
            config.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", config);
        }
        return source;
    }

    /** Matches exactly the routes whose handlers are annotated {@link PublicEndpoint}, read once from MVC. */
    private static final class PublicEndpoints implements RequestMatcher {

        private final ObjectProvider<RequestMappingHandlerMapping> mapping;
        private volatile RequestMatcher delegate;

        PublicEndpoints(ObjectProvider<RequestMappingHandlerMapping> mapping) {
            this.mapping = mapping;
        }

        @Override
        public boolean matches(HttpServletRequest request) {
            RequestMatcher matcher = delegate;
            if (matcher == null) {
                matcher = build();
                delegate = matcher;
            }
            return matcher.matches(request);
        }

        private RequestMatcher build() {
            List<RequestMatcher> matchers = new ArrayList<>();
            mapping.getObject().getHandlerMethods().forEach((info, method) -> {
                if (method.hasMethodAnnotation(PublicEndpoint.class)) {
                    // any method: a wrong verb on a public path should reach MVC and answer 405, not 401
                    for (String pattern : info.getPatternValues()) {
                        matchers.add(PathPatternRequestMatcher.withDefaults().matcher(pattern));
                    }
                }
            });
            return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
        }
    }
}
