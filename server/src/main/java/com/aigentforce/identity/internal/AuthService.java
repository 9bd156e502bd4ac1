package com.aigentforce.identity.internal;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.identity.AccountDirectory.AccessGrant;
import com.aigentforce.identity.AccountDirectory.LoginCandidate;
import com.aigentforce.identity.Passwords;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.Forbidden;
import com.aigentforce.platform.Throttled;
import com.aigentforce.platform.web.RequestOrigin;
import com.aigentforce.platform.web.WebProperties;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.tenancy.TenantRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Registration, sign-in, token refresh and sign-out. */
@Service
class AuthService {

    private static final Logger LOGGER = LoggerFactory.getLogger(AuthService.class);
    static final String INVALID_CREDENTIALS = "The email or password is not correct";

    private final AccountDirectory accounts;
    private final Tenancy tenancy;
    private final Passwords passwords;
    private final SessionService sessions;
    private final AccessTokens accessTokens;
    private final LoginThrottle throttle;
    private final MfaService mfa;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final boolean registrationEnabled;

    AuthService(
            AccountDirectory accounts,
            Tenancy tenancy,
            Passwords passwords,
            SessionService sessions,
            AccessTokens accessTokens,
            LoginThrottle throttle,
            MfaService mfa,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            WebProperties web) {
        this.accounts = accounts;
        this.tenancy = tenancy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.throttle = throttle;
        this.mfa = mfa;
        this.events = events;
        this.tx = tx;
        this.registrationEnabled = web.registration().enabled();
    }

    record Registered(UUID tenantId, String tenantSlug, UUID userId) {}

    record TokenPair(String accessToken, String refreshToken, long expiresIn) {}

    /** The result of the password step: signed in, or a second step (MFA code or forced enrolment) to take. */
    sealed interface LoginOutcome {
        record SignedIn(TokenPair tokens) implements LoginOutcome {}

        record SecondStep(MfaService.SecondStep step) implements LoginOutcome {}
    }

    /** Recovery codes of a forced enrolment, and the sign-in it completes. */
    record EnrolledSignIn(List<String> recoveryCodes, TokenPair tokens) {}

    Registered register(String organizationName, String name, String email, String password) {
        if (!registrationEnabled) {
            throw new Forbidden("registration-disabled", "Self-service registration is switched off on this server");
        }
        passwords.requireAcceptable("password", password, email, name);
        String hash = passwords.hash(password);
        return TenantContext.callAsSystem(() -> tx.execute(s -> {
            TenantRef tenant = tenancy.create(organizationName);
            UUID userId = accounts.registerOwner(tenant.id(), name, email, hash);
            events.publishEvent(AuditEvent.of(
                    tenant.id(),
                    "tenant.registered",
                    AuditEvent.Actor.person(userId, email.strip()),
                    "tenant",
                    tenant.id(),
                    Map.of("name", tenant.name(), "slug", tenant.slug())));
            return new Registered(tenant.id(), tenant.slug(), userId);
        }));
    }

    LoginOutcome login(String email, String password, String tenant, RequestOrigin origin) {
        String account = email.strip().toLowerCase(Locale.ROOT) + "|"
                + (tenant == null ? "*" : tenant.strip().toLowerCase(Locale.ROOT));
        String address = origin.ip() == null ? "unknown" : origin.ip();
        throttle.lockedFor(account, address).ifPresent(wait -> {
            throw new Throttled("Too many failed sign-in attempts; try again later", wait);
        });
        Optional<UUID> tenantId = Optional.empty();
        if (tenant != null && !tenant.isBlank()) {
            Optional<TenantRef> found = tenancy.findByIdOrSlug(tenant);
            if (found.isEmpty()) {
                return fail(account, address, List.of(), origin);
            }
            tenantId = Optional.of(found.get().id());
        }
        List<LoginCandidate> candidates = accounts.findLoginCandidates(email, tenantId);
        List<LoginCandidate> matching = candidates.stream()
                .filter(c -> c.passwordHash() != null && passwords.matches(password, c.passwordHash()))
                .toList();
        if (candidates.isEmpty()) {
            passwords.matches(password, null); // same cost as a real check
        }
        List<LoginCandidate> usable =
                matching.stream().filter(LoginCandidate::active).toList();
        if (usable.isEmpty()) {
            return fail(account, address, candidates, origin);
        }
        if (usable.size() > 1) {
            throw new Conflict(
                    "tenant-required",
                    "This email belongs to several organisations; say which one with the field 'tenant' (its id or slug)");
        }
        LoginCandidate user = usable.getFirst();
        throttle.succeeded(account);
        Optional<MfaService.SecondStep> second = mfa.afterPassword(user.tenantId(), user.userId());
        if (second.isPresent()) {
            return new LoginOutcome.SecondStep(second.get());
        }
        return new LoginOutcome.SignedIn(signIn(user.tenantId(), user.userId(), user.email(), origin, Map.of()));
    }

    /** The second sign-in step: a TOTP or recovery code against the mfaToken from {@link #login}. */
    TokenPair verifyMfa(String mfaToken, String code, RequestOrigin origin) {
        MfaChallenges.Challenge done = mfa.verify(mfaToken, code, origin);
        return signIn(done.tenantId(), done.userId(), email(done), origin, Map.of("mfa", true));
    }

    /** Starts the enrolment a policy demands, authorised by the mfaToken from {@link #login}. */
    MfaService.Enrolment beginForcedEnrolment(String mfaToken) {
        MfaChallenges.Challenge challenge = mfa.enrolmentChallenge(mfaToken);
        return mfa.beginEnrolment(challenge.tenantId(), challenge.userId());
    }

    /** Confirms a forced enrolment and completes the sign-in it interrupted; the mfaToken is spent. */
    EnrolledSignIn confirmForcedEnrolment(String mfaToken, String code, RequestOrigin origin) {
        MfaChallenges.Challenge challenge = mfa.enrolmentChallenge(mfaToken);
        List<String> codes = mfa.confirmEnrolment(challenge.tenantId(), challenge.userId(), code, origin);
        mfa.spendEnrolmentChallenge(challenge);
        return new EnrolledSignIn(
                codes, signIn(challenge.tenantId(), challenge.userId(), email(challenge), origin, Map.of("mfa", true)));
    }

    /** The account's email, provided it is still active (it may have been deactivated since the password step). */
    private String email(MfaChallenges.Challenge challenge) {
        return accounts.access(challenge.tenantId(), challenge.userId())
                .filter(AccessGrant::active)
                .map(AccessGrant::email)
                .orElseThrow(() -> new BadCredentialsException(INVALID_CREDENTIALS));
    }

    private TokenPair signIn(
            UUID tenantId, UUID userId, String email, RequestOrigin origin, Map<String, Object> details) {
        accounts.recordSuccessfulLogin(tenantId, userId);
        SessionService.Opened session = sessions.open(tenantId, userId, origin);
        audit(tenantId, "auth.login.succeeded", userId, email, origin, details);
        return issue(tenantId, userId, session.sessionId(), session.refreshToken());
    }

    TokenPair refresh(String refreshToken, RequestOrigin origin) {
        return switch (sessions.rotate(refreshToken, origin)) {
            case SessionService.Rotation.Rotated r -> {
                Optional<AccessGrant> grant = accounts.access(r.tenantId(), r.userId());
                if (grant.isEmpty() || !grant.get().active()) {
                    sessions.revoke(r.sessionId(), "account-inactive");
                    throw new BadCredentialsException("The session has ended; sign in again");
                }
                yield issue(r.tenantId(), r.userId(), r.sessionId(), r.refreshToken(), grant.get());
            }
            case SessionService.Rotation.Reused r -> {
                LOGGER.warn("Session(id={}) revoked: a used refresh token was presented again", r.sessionId());
                audit(
                        r.tenantId(),
                        "auth.refresh.reused",
                        r.userId(),
                        null,
                        origin,
                        Map.of("sessionId", r.sessionId().toString()));
                throw new BadCredentialsException("The refresh token was already used; the session has been revoked");
            }
            case SessionService.Rotation.Rejected r ->
                throw new BadCredentialsException("The refresh token is not valid");
        };
    }

    void logout(UUID tenantId, UUID userId, UUID sessionId, String email, RequestOrigin origin) {
        sessions.revoke(sessionId, "logout");
        audit(tenantId, "auth.logout", userId, email, origin, Map.of());
    }

    private TokenPair issue(UUID tenantId, UUID userId, UUID sessionId, String refreshToken) {
        List<String> roles = accounts.access(tenantId, userId)
                .map(g -> List.copyOf(g.roles()))
                .orElse(List.of());
        AccessTokens.Issued access = accessTokens.issue(userId, tenantId, sessionId, roles);
        return new TokenPair(access.token(), refreshToken, access.expiresInSeconds());
    }

    private TokenPair issue(UUID tenantId, UUID userId, UUID sessionId, String refreshToken, AccessGrant grant) {
        AccessTokens.Issued access = accessTokens.issue(userId, tenantId, sessionId, List.copyOf(grant.roles()));
        return new TokenPair(access.token(), refreshToken, access.expiresInSeconds());
    }

    private <T> T fail(String account, String address, List<LoginCandidate> candidates, RequestOrigin origin) {
        throttle.failed(account, address);
        for (LoginCandidate c : candidates) {
            audit(
                    c.tenantId(),
                    "auth.login.failed",
                    c.userId(),
                    c.email(),
                    origin,
                    Map.of("reason", c.active() ? "bad-credentials" : "inactive-account"));
        }
        throw new BadCredentialsException(INVALID_CREDENTIALS);
    }

    private void audit(
            UUID tenantId,
            String action,
            UUID userId,
            String email,
            RequestOrigin origin,
            Map<String, Object> details) {
        TenantContext.runAs(
                TenantContext.SYSTEM,
                () -> tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.of(
                        tenantId, action, AuditEvent.Actor.person(userId, email, origin), "user", userId, details))));
    }
}
