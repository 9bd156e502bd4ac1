package com.aigentforce.users.internal.recovery;

import com.aigentforce.identity.Passwords;
import com.aigentforce.identity.SessionRevocation;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.Throttled;
import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.platform.ratelimit.RateLimit;
import com.aigentforce.platform.ratelimit.RateLimitDecision;
import com.aigentforce.platform.ratelimit.RateLimiter;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.tenancy.TenantRef;
import com.aigentforce.users.internal.UsersProperties;
import com.aigentforce.users.internal.base.Auditor;
import com.aigentforce.users.internal.base.IssuedLink;
import com.aigentforce.users.internal.base.User;
import com.aigentforce.users.internal.base.UserStatus;
import com.aigentforce.users.internal.base.Users;
import com.aigentforce.users.internal.invitations.InvitationSender;
import com.aigentforce.users.internal.roles.GrantGuard;
import com.aigentforce.users.internal.roles.RoleCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password resets: a one-time link (random token, only its hash stored, short expiry, one outstanding per account)
 * that a person asks for by email or an admin issues. Setting the new password spends the link and ends every
 * session of the person.
 */
@Service
public class PasswordResets {

    private static final Logger LOGGER = LoggerFactory.getLogger(PasswordResets.class);
    private static final Duration HOUR = Duration.ofHours(1);

    private final Users users;
    private final Tenancy tenancy;
    private final Passwords passwords;
    private final InvitationSender mail;
    private final SessionRevocation sessions;
    private final RateLimiter limiter;
    private final TaskExecutor background;
    private final TransactionTemplate tx;
    private final Auditor auditor;
    private final RoleCatalog roles;
    private final GrantGuard grants;
    private final Duration validity;
    private final RateLimit perAddress;
    private final RateLimit perClient;

    PasswordResets(
            Users users,
            Tenancy tenancy,
            Passwords passwords,
            InvitationSender mail,
            SessionRevocation sessions,
            RateLimiter limiter,
            TaskExecutor applicationTaskExecutor,
            TransactionTemplate tx,
            Auditor auditor,
            RoleCatalog roles,
            GrantGuard grants,
            UsersProperties properties) {
        this.users = users;
        this.tenancy = tenancy;
        this.passwords = passwords;
        this.mail = mail;
        this.sessions = sessions;
        this.limiter = limiter;
        this.background = applicationTaskExecutor;
        this.tx = tx;
        this.auditor = auditor;
        this.roles = roles;
        this.grants = grants;
        this.validity = properties.users().passwordResetValidity();
        this.perAddress = new RateLimit(properties.users().passwordResetsPerAddressPerHour(), HOUR);
        this.perClient = new RateLimit(properties.users().passwordResetsPerClientPerHour(), HOUR);
    }

    /**
     * Self-service: mails a link to each active account with this address (in the named organisation, or in all).
     * The caller learns nothing about whether such an account exists: the limits count every request alike, and the
     * lookup and the mail happen after the answer, off the request thread, so a known address is not slower.
     */
    public void request(String email, String tenant, String clientIp, String linkBase) {
        String normalized = User.normalize(email);
        throttle("password-reset:client:" + clientIp, perClient);
        throttle("password-reset:address:" + normalized, perAddress);
        background.execute(() -> {
            try {
                mailLinks(normalized, tenant, linkBase);
            } catch (RuntimeException e) {
                LOGGER.warn("Password reset request could not be handled: {}", e.toString());
            }
        });
    }

    private void mailLinks(String normalized, String tenant, String linkBase) {
        Optional<UUID> tenantId = tenant == null || tenant.isBlank()
                ? Optional.empty()
                : tenancy.findByIdOrSlug(tenant.strip()).map(TenantRef::id);
        if (tenant != null && !tenant.isBlank() && tenantId.isEmpty()) {
            return;
        }
        TenantContext.runAs(
                TenantContext.SYSTEM,
                () -> tx.executeWithoutResult(s -> {
                    List<User> accounts = users.findByEmailNormalized(normalized).stream()
                            .filter(u -> u.status() == UserStatus.ACTIVE)
                            .filter(u ->
                                    tenantId.map(id -> id.equals(u.tenantId())).orElse(true))
                            .toList();
                    for (User user : accounts) {
                        if (!mail.mails()) {
                            LOGGER.info(
                                    "User(id={}) asked for a password reset; no mail server is configured, an admin can issue a link",
                                    user.id());
                            continue;
                        }
                        IssuedLink link = issue(user, linkBase);
                        mail.sendPasswordReset(user.email(), user.name(), organisation(user), link);
                        auditor.recordAnonymous(
                                user.tenantId(),
                                "user.password.reset.requested",
                                user.id(),
                                user.email(),
                                "user",
                                user.id());
                    }
                }));
    }

    /**
     * An admin's reset for a person of their organisation: mailed when a mail server is configured, else answered so
     * the admin passes it on. Only someone holding every permission of the person may do it, since the link lets its
     * holder become them.
     */
    @Transactional
    public IssuedLink issueFor(UUID userId, String linkBase) {
        User user = users.findById(userId).orElseThrow(() -> new NotFound("User", userId));
        var all = roles.byId();
        grants.requireOutranking(
                RoleCatalog.permissions(user.roleIds(), all),
                "user.password.reset.denied",
                "user",
                user.id(),
                Map.of());
        if (user.status() != UserStatus.ACTIVE) {
            throw new Conflict(
                    "not-active",
                    user.status() == UserStatus.INVITED
                            ? "This person has not set a password yet: send them a new invitation instead"
                            : "This person is deactivated: activate them first");
        }
        IssuedLink link = issue(user, linkBase);
        if (link.mailed()) {
            mail.sendPasswordReset(user.email(), user.name(), organisation(user), link);
        }
        auditor.recordNamed(
                "user.password.reset.issued",
                "user",
                user.id(),
                user.email(),
                Map.of("email", user.email(), "delivery", link.mailed() ? "email" : "link"));
        return link;
    }

    /** Sets the new password with a link's token; the token is spent and every session of the person ends. */
    public UUID confirm(String token, String password) {
        return TenantContext.callAsSystem(() -> tx.execute(s -> {
            User user = users.findByPasswordResetHash(SecretTokens.digest(token))
                    .filter(u -> u.status() == UserStatus.ACTIVE)
                    .filter(u -> u.passwordResetExpiresAt() != null
                            && u.passwordResetExpiresAt().isAfter(Instant.now()))
                    .orElseThrow(() -> new NotFound("Password reset link", new UUID(0, 0)));
            passwords.requireAcceptable("password", password, user.email(), user.name());
            user.resetPassword(passwords.hash(password));
            int ended = sessions.revokeAll(user.tenantId(), user.id(), "password-reset");
            LOGGER.info("User(id={}) reset their password; {} session(s) ended", user.id(), ended);
            auditor.recordAnonymous(
                    user.tenantId(), "user.password.reset.completed", user.id(), user.email(), "user", user.id());
            return user.id();
        }));
    }

    private IssuedLink issue(User user, String linkBase) {
        String token = SecretTokens.random(32);
        Instant expiresAt = Instant.now().plus(validity);
        user.issuePasswordReset(SecretTokens.digest(token), expiresAt);
        return new IssuedLink(linkBase + "/reset-password?token=" + token, expiresAt, mail.mails());
    }

    private String organisation(User user) {
        return tenancy.find(user.tenantId()).map(TenantRef::name).orElse("");
    }

    private void throttle(String key, RateLimit limit) {
        RateLimitDecision decision = limiter.consume(key, limit);
        if (!decision.allowed()) {
            throw new Throttled(
                    "Too many password reset requests; try again later",
                    Duration.ofSeconds(decision.retryAfterSeconds()));
        }
    }
}
