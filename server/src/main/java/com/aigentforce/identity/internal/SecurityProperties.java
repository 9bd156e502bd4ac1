package com.aigentforce.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in, token and session settings ({@code aigentforce.security.*}); a bad value stops the start-up with the
 * property's name. The access-cache TTL under the same prefix belongs to the users module, which holds that cache.
 *
 * @param issuer {@code iss} and {@code aud} of access tokens
 * @param signingKeyDir where the JWK files that sign access tokens live (shared between nodes)
 * @param accessTokenTtl lifetime of an access token, at most 15 minutes (a revoked session's tokens die with it)
 * @param refreshTokenTtl lifetime of one refresh token (each use replaces it)
 * @param sessionMaxAge longest a session lasts however often it is refreshed
 * @param sessionCacheTtl how long a node trusts its cached "session still active" answer (sign-outs are evicted)
 * @param apiKeyCacheTtl how long a node trusts a cached API key lookup (revocations are evicted)
 * @param keyRotation age at which a new signing key is made
 * @param secureCookies mark the refresh and XSRF cookies {@code Secure} (behind HTTPS)
 * @param argon2 password hashing cost
 * @param login brute-force protection
 */
@Validated
@ConfigurationProperties("aigentforce.security")
record SecurityProperties(
        @NotBlank String issuer,
        @NotNull Path signingKeyDir,

        @DefaultValue("15m")
        @NotNull
        @DurationMin(nanos = 1, message = "must be positive")
        @DurationMax(minutes = 15, message = "must be at most 15 minutes")
        Duration accessTokenTtl,

        @DefaultValue("14d") @NotNull @DurationMin(nanos = 1, message = "must be positive")
        Duration refreshTokenTtl,

        @DefaultValue("30d") @NotNull @DurationMin(nanos = 1, message = "must be positive")
        Duration sessionMaxAge,

        @DefaultValue("10s") @NotNull @DurationMin(nanos = 0, message = "must not be negative")
        Duration sessionCacheTtl,

        @DefaultValue("30s") @NotNull @DurationMin(nanos = 0, message = "must not be negative")
        Duration apiKeyCacheTtl,

        @DefaultValue("30d") @NotNull @DurationMin(nanos = 1, message = "must be positive")
        Duration keyRotation,

        @DefaultValue("false") boolean secureCookies,
        @DefaultValue @Valid Argon2 argon2,
        @DefaultValue @Valid Login login) {

    /** Argon2id cost: memory in KiB, passes, lanes. */
    record Argon2(
            @DefaultValue("19456") @Positive int memoryKib,
            @DefaultValue("2") @Positive int iterations,
            @DefaultValue("1") @Positive int parallelism) {}

    /** Failed sign-ins allowed before the account (email and tenant) or the client address is slowed down. */
    record Login(
            @DefaultValue("5") @PositiveOrZero int freeAttemptsPerAccount,
            @DefaultValue("30") @PositiveOrZero int freeAttemptsPerAddress) {}
}
