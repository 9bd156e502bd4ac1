package com.aigentforce.identity.internal;

import com.aigentforce.platform.Forbidden;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.platform.web.RequestOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's own TOTP authenticator, the organisation's MFA policy, and an administrator's reset. */
@RestController
@Tag(name = "Multi-factor authentication", description = "TOTP enrolment, recovery codes, policy")
class MfaController {

    private final MfaService mfa;

    MfaController(MfaService mfa) {
        this.mfa = mfa;
    }

    /** A new TOTP secret and its {@code otpauth://} URI, for a QR code. */
    record Enrolment(String secret, String otpauthUri) {

        static Enrolment of(MfaService.Enrolment enrolment) {
            return new Enrolment(enrolment.secret(), enrolment.otpauthUri());
        }
    }

    record Status(boolean enabled, boolean required, int recoveryCodesLeft) {}

    record ConfirmRequest(@NotNull @Size(min = 1, max = 32) String code) {}

    record RecoveryCodes(List<String> recoveryCodes) {}

    record DisableRequest(
            @Size(max = 32) String code, @Size(max = 128) String password) {}

    record Policy(@NotNull @Size(max = 100) Set<@NotNull UUID> requiredRoles) {}

    @GetMapping("/api/v1/auth/mfa")
    @RequiresPermission("profile:read")
    @Operation(summary = "Whether two-factor authentication is on, required for me, and recovery codes left")
    Status status() {
        Caller caller = person();
        MfaService.Status status = mfa.status(caller.tenantId(), caller.userId());
        return new Status(status.enabled(), status.required(), status.recoveryCodesLeft());
    }

    @PostMapping("/api/v1/auth/mfa/totp/enroll")
    @RequiresPermission("profile:write")
    @Operation(
            summary = "Start TOTP enrolment: a new secret and its otpauth:// URI (for a QR code)",
            description = "409 `mfa-already-enabled` when an authenticator is already confirmed.")
    Enrolment enroll() {
        Caller caller = person();
        return Enrolment.of(mfa.beginEnrolment(caller.tenantId(), caller.userId()));
    }

    @PostMapping("/api/v1/auth/mfa/totp/confirm")
    @RequiresPermission("profile:write")
    @Operation(
            summary = "Confirm enrolment with a first code; answers ten recovery codes, shown only this once",
            description = "422 when the code is not current.")
    RecoveryCodes confirm(@Valid @RequestBody ConfirmRequest request, HttpServletRequest http) {
        Caller caller = person();
        return new RecoveryCodes(
                mfa.confirmEnrolment(caller.tenantId(), caller.userId(), request.code(), RequestOrigin.of(http)));
    }

    @DeleteMapping("/api/v1/auth/mfa/totp")
    @RequiresPermission("profile:write")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Turn two-factor authentication off, proven with a current code or the password",
            description =
                    "Body `{code}` (TOTP or recovery code) or `{password}`. 409 `mfa-required-by-policy` while the organisation requires MFA for one of the person's roles.")
    void disable(@Valid @RequestBody DisableRequest request, HttpServletRequest http) {
        Caller caller = person();
        mfa.disable(caller.tenantId(), caller.userId(), request.code(), request.password(), RequestOrigin.of(http));
    }

    @DeleteMapping("/api/v1/users/{id}/mfa")
    @RequiresPermission("users:admin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Reset another person's two-factor authentication (lost device)",
            description = "404 when the person has none. They enrol again at their next sign-in if required.")
    void reset(@PathVariable UUID id) {
        Caller caller = person();
        mfa.reset(caller.tenantId(), id, caller.userId(), caller.email());
    }

    @GetMapping("/api/v1/auth/mfa/policy")
    @RequiresPermission("tenant:admin")
    @Operation(summary = "The roles whose holders must use two-factor authentication")
    Policy policy() {
        return new Policy(mfa.policy(CurrentCaller.get().tenantId()));
    }

    @PutMapping("/api/v1/auth/mfa/policy")
    @RequiresPermission("tenant:admin")
    @Operation(
            summary = "Require two-factor authentication for holders of these roles",
            description = "Holders without MFA must enrol at their next sign-in. 422 for an unknown role id.")
    Policy updatePolicy(@Valid @RequestBody Policy request) {
        Caller caller = person();
        mfa.updatePolicy(caller.tenantId(), request.requiredRoles(), caller.userId(), caller.email());
        return new Policy(mfa.policy(caller.tenantId()));
    }

    /** MFA is managed by people in their sessions, never through an API key. */
    private static Caller person() {
        Caller caller = CurrentCaller.get();
        if (caller.viaApiKey()) {
            throw new Forbidden("api-key-not-allowed", "API keys cannot manage two-factor authentication");
        }
        return caller;
    }
}
