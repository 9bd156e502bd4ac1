package com.aigentforce.users.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The users module's settings, under the prefixes operators already use: {@code aigentforce.users.*},
 * {@code aigentforce.security.access-cache-ttl} and {@code aigentforce.mail.from}.
 *
 * @param users profile cache and invitations
 * @param security the cache of each account's standing and permissions (and of roles and memberships)
 * @param mail the sender of invitation mails
 */
@Validated
@ConfigurationProperties("aigentforce")
public record UsersProperties(
        @DefaultValue @Valid UserSettings users,
        @DefaultValue @Valid AccessSettings security,
        @DefaultValue @Valid MailSettings mail) {

    /**
     * @param viewCacheTtl how long a node trusts a cached profile when another node changed it and no Redis is set
     * @param invitationValidity how long an invitation link can be accepted
     * @param passwordResetValidity how long a password-reset link can be used
     * @param passwordResetsPerAddressPerHour self-service reset requests allowed per email address and hour
     * @param passwordResetsPerClientPerHour self-service reset requests allowed per client address and hour
     */
    public record UserSettings(
            @DefaultValue("15s") @NotNull @DurationMin(nanos = 0, message = "must not be negative")
            Duration viewCacheTtl,

            @DefaultValue("7d") @NotNull @DurationMin(nanos = 1, message = "must be positive")
            Duration invitationValidity,

            @DefaultValue("1h") @NotNull @DurationMin(minutes = 1, message = "must be at least a minute")
            Duration passwordResetValidity,

            @DefaultValue("5") @Positive int passwordResetsPerAddressPerHour,

            @DefaultValue("20") @Positive int passwordResetsPerClientPerHour) {}

    /** @param accessCacheTtl how long a node trusts cached permissions, roles and memberships changed elsewhere */
    public record AccessSettings(
            @DefaultValue("15s") @NotNull @DurationMin(nanos = 0, message = "must not be negative")
            Duration accessCacheTtl) {}

    /** @param from the From address of invitation mails */
    public record MailSettings(
            @DefaultValue("no-reply@aigentforce.local") @NotBlank
            String from) {}
}
