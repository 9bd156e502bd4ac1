package com.aigentforce.identity.internal;

import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.identity.AccountDirectory.AccessGrant;
import com.aigentforce.identity.Passwords;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.Throttled;
import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.platform.web.RequestOrigin;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

/**
 * TOTP multi-factor authentication: enrolment (secret, QR URI, confirmation with a first code, ten single-use
 * recovery codes), the second sign-in step behind an mfaToken, disabling, and the tenant policy that makes holders
 * of chosen roles enrol at their next sign-in (Keycloak's CONFIGURE_TOTP required action). Wrong codes count
 * toward {@link LoginThrottle} per account and per address.
 */
@Service
class MfaService {

    private static final Logger LOGGER = LoggerFactory.getLogger(MfaService.class);
    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "AiGentForce";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MfaStore store;
    private final MfaChallenges challenges;
    private final Totp totp;
    private final AccountDirectory accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final IdentityAuditor audit;

    MfaService(
            MfaStore store,
            MfaChallenges challenges,
            Totp totp,
            AccountDirectory accounts,
            Passwords passwords,
            LoginThrottle throttle,
            IdentityAuditor audit) {
        this.store = store;
        this.challenges = challenges;
        this.totp = totp;
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    record Enrolment(String secret, String otpauthUri) {}

    record Status(boolean enabled, boolean required, int recoveryCodesLeft) {}

    /** What sign-in must ask after the password, if anything. */
    sealed interface SecondStep {
        record Verify(String mfaToken) implements SecondStep {}

        record Enrol(String mfaToken) implements SecondStep {}
    }

    Optional<SecondStep> afterPassword(UUID tenantId, UUID userId) {
        if (enabled(tenantId, userId)) {
            return Optional.of(new SecondStep.Verify(challenges.open(tenantId, userId, MfaChallenges.Purpose.VERIFY)));
        }
        if (required(tenantId, userId)) {
            return Optional.of(new SecondStep.Enrol(challenges.open(tenantId, userId, MfaChallenges.Purpose.ENROLL)));
        }
        return Optional.empty();
    }

    /** Checks the second factor behind an mfaToken and spends the token; the signed-in account on success. */
    MfaChallenges.Challenge verify(String mfaToken, String code, RequestOrigin origin) {
        MfaChallenges.Challenge challenge =
                challenges.find(mfaToken, MfaChallenges.Purpose.VERIFY).orElseThrow(MfaService::deadToken);
        requireNotLocked(challenge.userId(), origin);
        if (!checkCode(challenge.tenantId(), challenge.userId(), code)) {
            challenges.recordFailure(challenge.id());
            failed(challenge.tenantId(), challenge.userId(), origin);
            throw new BadCredentialsException("The code is not correct");
        }
        if (!challenges.spend(challenge.id())) {
            throw deadToken();
        }
        throttle.succeeded(account(challenge.userId()));
        return challenge;
    }

    /** The account behind a live enrolment token (forced enrolment); the token stays live until confirmed. */
    MfaChallenges.Challenge enrolmentChallenge(String mfaToken) {
        return challenges.find(mfaToken, MfaChallenges.Purpose.ENROLL).orElseThrow(MfaService::deadToken);
    }

    void spendEnrolmentChallenge(MfaChallenges.Challenge challenge) {
        challenges.spend(challenge.id());
    }

    Enrolment beginEnrolment(UUID tenantId, UUID userId) {
        String secret = Totp.newSecret();
        if (!store.saveUnconfirmed(tenantId, userId, secret)) {
            throw new Conflict("mfa-already-enabled", "Two-factor authentication is already on; disable it first");
        }
        return new Enrolment(secret, Totp.otpauthUri(ISSUER, email(tenantId, userId), secret));
    }

    /** Confirms the pending enrolment with a first code; returns the recovery codes, shown only this once. */
    List<String> confirmEnrolment(UUID tenantId, UUID userId, String code, RequestOrigin origin) {
        MfaStore.Authenticator pending = store.authenticator(tenantId, userId)
                .filter(a -> !a.confirmed())
                .orElseThrow(() -> new Conflict(
                        "mfa-not-pending", "There is no enrolment to confirm; start one with /mfa/totp/enroll"));
        requireNotLocked(userId, origin);
        OptionalLong step = totp.verify(pending.secret(), code, null);
        if (step.isEmpty() || !store.confirm(tenantId, userId, step.getAsLong())) {
            throttle.failed(account(userId), address(origin));
            throw new InvalidField("code", "is not the current code of the authenticator");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(newRecoveryCode());
        }
        store.replaceRecoveryCodes(
                tenantId,
                userId,
                codes.stream().map(c -> SecretTokens.digest(normalize(c))).toList());
        audit.record(tenantId, "mfa.enrolled", userId, email(tenantId, userId), "user", userId, Map.of());
        LOGGER.info("User(id={}) enrolled a TOTP authenticator", userId);
        return codes;
    }

    void disable(UUID tenantId, UUID userId, String code, String password, RequestOrigin origin) {
        if (!enabled(tenantId, userId)) {
            throw new Conflict("mfa-not-enabled", "Two-factor authentication is not on");
        }
        if (required(tenantId, userId)) {
            throw new Conflict(
                    "mfa-required-by-policy", "Your organisation requires two-factor authentication for your role");
        }
        requireNotLocked(userId, origin);
        boolean proven = code != null && !code.isBlank()
                ? checkCode(tenantId, userId, code)
                : password != null && passwordMatches(tenantId, userId, password);
        if (!proven) {
            throttle.failed(account(userId), address(origin));
            throw code != null && !code.isBlank()
                    ? new InvalidField("code", "is not a current code or an unused recovery code")
                    : new InvalidField("password", "is not your current password");
        }
        store.remove(tenantId, userId);
        audit.record(tenantId, "mfa.disabled", userId, email(tenantId, userId), "user", userId, Map.of("by", "self"));
    }

    /** An administrator removes another person's authenticator (lost phone); they enrol again if required. */
    void reset(UUID tenantId, UUID userId, UUID adminId, String adminEmail) {
        if (!store.remove(tenantId, userId)) {
            throw new NotFound("The two-factor authentication of person", userId);
        }
        audit.record(tenantId, "mfa.disabled", adminId, adminEmail, "user", userId, Map.of("by", "admin"));
    }

    Status status(UUID tenantId, UUID userId) {
        boolean enabled = enabled(tenantId, userId);
        return new Status(enabled, required(tenantId, userId), enabled ? store.recoveryCodesLeft(tenantId, userId) : 0);
    }

    Set<UUID> policy(UUID tenantId) {
        return store.requiredRoles(tenantId);
    }

    void updatePolicy(UUID tenantId, Set<UUID> roleIds, UUID adminId, String adminEmail) {
        Set<UUID> known = accounts.roleIds(tenantId);
        for (UUID id : roleIds) {
            if (!known.contains(id)) {
                throw new InvalidField(
                        "requiredRoles", "contains " + id + ", which is not a role of this organisation");
            }
        }
        store.saveRequiredRoles(tenantId, roleIds);
        audit.record(
                tenantId,
                "mfa.policy_updated",
                adminId,
                adminEmail,
                "tenant",
                tenantId,
                Map.of(
                        "requiredRoles",
                        roleIds.stream().map(UUID::toString).sorted().toList()));
    }

    boolean enabled(UUID tenantId, UUID userId) {
        return store.authenticator(tenantId, userId)
                .map(MfaStore.Authenticator::confirmed)
                .orElse(false);
    }

    private boolean required(UUID tenantId, UUID userId) {
        Set<UUID> requiredRoles = store.requiredRoles(tenantId);
        if (requiredRoles.isEmpty()) {
            return false;
        }
        return accounts.access(tenantId, userId)
                .map(AccessGrant::roleIds)
                .map(held -> held.stream().anyMatch(requiredRoles::contains))
                .orElse(false);
    }

    /** A current TOTP code (spent at once, so it cannot be replayed) or an unused recovery code (spent too). */
    private boolean checkCode(UUID tenantId, UUID userId, String code) {
        if (code == null) {
            return false;
        }
        String trimmed = code.strip();
        if (trimmed.matches("\\d{" + Totp.DIGITS + "}")) {
            Optional<MfaStore.Authenticator> authenticator =
                    store.authenticator(tenantId, userId).filter(MfaStore.Authenticator::confirmed);
            if (authenticator.isEmpty()) {
                return false;
            }
            OptionalLong step = totp.verify(
                    authenticator.get().secret(), trimmed, authenticator.get().lastUsedStep());
            return step.isPresent() && store.spendStep(tenantId, userId, step.getAsLong());
        }
        if (store.spendRecoveryCode(tenantId, userId, SecretTokens.digest(normalize(trimmed)))) {
            int left = store.recoveryCodesLeft(tenantId, userId);
            audit.record(
                    tenantId,
                    "mfa.recovery_code_used",
                    userId,
                    email(tenantId, userId),
                    "user",
                    userId,
                    Map.of("recoveryCodesLeft", left));
            return true;
        }
        return false;
    }

    private void failed(UUID tenantId, UUID userId, RequestOrigin origin) {
        throttle.failed(account(userId), address(origin));
        audit.record(tenantId, "mfa.verify_failed", userId, email(tenantId, userId), "user", userId, Map.of());
    }

    private void requireNotLocked(UUID userId, RequestOrigin origin) {
        throttle.lockedFor(account(userId), address(origin)).ifPresent(wait -> {
            throw new Throttled("Too many wrong codes; try again later", wait);
        });
    }

    private boolean passwordMatches(UUID tenantId, UUID userId, String password) {
        String email = email(tenantId, userId);
        return accounts.findLoginCandidates(email, Optional.of(tenantId)).stream()
                .filter(c -> c.userId().equals(userId) && c.passwordHash() != null)
                .anyMatch(c -> passwords.matches(password, c.passwordHash()));
    }

    private String email(UUID tenantId, UUID userId) {
        return accounts.access(tenantId, userId).map(AccessGrant::email).orElse(null);
    }

    private static String account(UUID userId) {
        return "mfa|" + userId;
    }

    private static String address(RequestOrigin origin) {
        return origin.ip() == null ? "unknown" : origin.ip();
    }

    private static BadCredentialsException deadToken() {
        return new BadCredentialsException("The MFA token is invalid, expired or already used; sign in again");
    }

    static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalize(String recoveryCode) {
        return recoveryCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
