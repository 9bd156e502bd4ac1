package com.aigentforce.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Verifies access tokens: ES256 only (so {@code alg: none} and HMAC tricks fail), {@code typ: at+jwt}, a known
 * {@code kid}, our issuer and audience, not expired, with tenant and session claims. A verified token is cached
 * until it expires, so a token is checked cryptographically once, not on every request; expiry is re-checked on
 * each use.
 */
@Component
class AccessTokenDecoder implements JwtDecoder {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final long RELOAD_INTERVAL_MS = 10_000;

    private final NimbusJwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> expiry = new JwtTimestampValidator(CLOCK_SKEW);
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(16))
            .build();

    AccessTokenDecoder(SigningKeys keys, SecurityProperties properties) {
        String issuer = properties.issuer();
        AtomicLong lastReload = new AtomicLong();
        JWKSource<SecurityContext> source = (JWKSelector selector, SecurityContext context) -> {
            List<JWK> matches = selector.select(new JWKSet(new ArrayList<>(keys.verificationKeys())));
            long now = System.currentTimeMillis();
            long last = lastReload.get();
            if (matches.isEmpty() && now - last > RELOAD_INTERVAL_MS && lastReload.compareAndSet(last, now)) {
                keys.reload(); // another node may have rotated
                matches = selector.select(new JWKSet(new ArrayList<>(keys.verificationKeys())));
            }
            return matches;
        };
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.ES256), source));
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(AccessTokens.TYPE));
        processor.setJWTClaimsSetVerifier((claims, context) -> {}); // claims are checked by the validators below
        this.delegate = new NimbusJwtDecoder(processor);
        this.delegate.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                expiry,
                new JwtIssuerValidator(issuer),
                new JwtAudienceValidator(issuer),
                AccessTokenDecoder::requiredClaims)));
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = verified.getIfPresent(token);
        if (cached != null) {
            OAuth2TokenValidatorResult result = expiry.validate(cached);
            if (result.hasErrors()) {
                verified.invalidate(token);
                throw new JwtValidationException("The access token has expired", result.getErrors());
            }
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }

    private static OAuth2TokenValidatorResult requiredClaims(Jwt jwt) {
        boolean complete = jwt.getSubject() != null
                && jwt.getExpiresAt() != null
                && jwt.getClaimAsString(AccessTokens.TENANT) != null
                && jwt.getClaimAsString(AccessTokens.SESSION) != null
                && jwt.getExpiresAt().isAfter(Instant.EPOCH);
        return complete
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "Required claims are missing", null));
    }
}
