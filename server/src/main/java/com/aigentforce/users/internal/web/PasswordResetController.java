package com.aigentforce.users.internal.web;

import com.aigentforce.platform.security.PublicEndpoint;
import com.aigentforce.platform.web.PublicUrl;
import com.aigentforce.platform.web.RequestOrigin;
import com.aigentforce.users.internal.recovery.PasswordResets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/password-reset")
@Tag(name = "Authentication")
class PasswordResetController {

    static final String ACCEPTED =
            "If an account with this address exists, a link to reset its password is on its way by email.";

    private final PasswordResets resets;
    private final PublicUrl publicUrl;

    PasswordResetController(PasswordResets resets, PublicUrl publicUrl) {
        this.resets = resets;
        this.publicUrl = publicUrl;
    }

    record ResetRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 100) String tenant) {}

    record ResetAccepted(String message) {}

    record ConfirmReset(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 128) String password) {}

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PublicEndpoint
    @Operation(
            summary = "Ask for a password-reset link by email",
            description =
                    "Always 202 with the same answer, whether or not the address has an account. Limited per address and per client address (429 with Retry-After). The mailed link starts with AIGENTFORCE_PUBLIC_URL (never with the request's Host, which a stranger controls) and works once, for an hour by default; without a mail server nothing is sent and an admin issues the link instead.")
    ResetAccepted request(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        resets.request(request.email(), request.tenant(), RequestOrigin.of(http).ip(), publicUrl.get());
        return new ResetAccepted(ACCEPTED);
    }

    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PublicEndpoint
    @Operation(
            summary = "Choose a new password with a reset link's token",
            description =
                    "Applies the password policy (422); the token is spent and every session of the person ends. An unknown, used or expired token answers 404.")
    void confirm(@Valid @RequestBody ConfirmReset request) {
        resets.confirm(request.token(), request.password());
    }
}
