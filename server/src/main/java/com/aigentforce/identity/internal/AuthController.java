package com.aigentforce.identity.internal;

import com.aigentforce.platform.Forbidden;
import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.PublicEndpoint;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.platform.web.RequestOrigin;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up, sign-in, refresh and sign-out. API clients get both tokens in the body. The web UI sends
 * {@code X-Auth-Mode: cookie}: the refresh token then lives only in an httpOnly, SameSite=Strict cookie scoped to
 * {@code /api/v1/auth}, and requests that rely on that cookie must echo the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header (double-submit CSRF protection).
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Registration, sign-in, token refresh and sign-out")
class AuthController {

    static final String REFRESH_COOKIE = "AF_REFRESH";
    static final String XSRF_COOKIE = "XSRF-TOKEN";
    static final String XSRF_HEADER = "X-XSRF-TOKEN";
    static final String AUTH_MODE_HEADER = "X-Auth-Mode";

    private final AuthService auth;
    private final Duration refreshLifetime;
    private final boolean secureCookies;

    AuthController(AuthService auth, SecurityProperties properties) {
        this.auth = auth;
        this.refreshLifetime = properties.refreshTokenTtl();
        this.secureCookies = properties.secureCookies();
    }

    record RegisterRequest(
            @NotBlank @Size(min = 2, max = 100) String organizationName,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 128) String password) {}

    record LoginRequest(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 128) String password,
            @Size(max = 100) String tenant) {}

    record RefreshRequest(@Size(max = 200) String refreshToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {}

    /**
     * Either the token pair, or {@code mfaRequired} / {@code mfaEnrollmentRequired} with the {@code mfaToken} for the
     * second step.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoginResponse(
            String accessToken,
            String refreshToken,
            String tokenType,
            Long expiresIn,
            Boolean mfaRequired,
            Boolean mfaEnrollmentRequired,
            String mfaToken) {}

    record MfaVerifyRequest(
            @NotBlank @Size(max = 100) String mfaToken,
            @NotBlank @Size(max = 32) String code) {}

    record MfaEnrollmentRequest(@NotBlank @Size(max = 100) String mfaToken) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EnrolledSignInResponse(
            List<String> recoveryCodes, String accessToken, String refreshToken, String tokenType, long expiresIn) {}

    record Registered(UUID tenantId, String tenantSlug, UUID userId) {}

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @PublicEndpoint
    @Operation(
            summary = "Register an organisation and its owner",
            description = "Answers 403 when self-service registration is switched off.")
    Registered register(@Valid @RequestBody RegisterRequest request) {
        AuthService.Registered registered = auth.register(
                request.organizationName().strip(),
                request.name().strip(),
                request.email().strip(),
                request.password());
        return new Registered(registered.tenantId(), registered.tenantSlug(), registered.userId());
    }

    @PostMapping("/login")
    @PublicEndpoint
    @Operation(
            summary = "Sign in with email and password",
            description =
                    "`tenant` (id or slug) is needed only when the email and password match accounts in several organisations (409 `tenant-required`). Unknown email and wrong password answer the same 401; repeated failures answer 429 with Retry-After. With MFA on, the answer is `{mfaRequired: true, mfaToken}` (continue with /mfa/verify); when the organisation requires MFA for one of the person's roles and they have none, `{mfaEnrollmentRequired: true, mfaToken}` (continue with /mfa/enrollment).")
    @Parameter(
            name = AUTH_MODE_HEADER,
            in = ParameterIn.HEADER,
            description = "`cookie` to receive the refresh token as an httpOnly cookie (web UI)")
    ResponseEntity<LoginResponse> login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return switch (auth.login(request.email(), request.password(), request.tenant(), RequestOrigin.of(http))) {
            case AuthService.LoginOutcome.SignedIn signedIn -> {
                ResponseEntity<TokenResponse> tokens = tokens(signedIn.tokens(), http);
                TokenResponse body = tokens.getBody();
                yield ResponseEntity.status(tokens.getStatusCode())
                        .headers(tokens.getHeaders())
                        .body(new LoginResponse(
                                body.accessToken(),
                                body.refreshToken(),
                                body.tokenType(),
                                body.expiresIn(),
                                null,
                                null,
                                null));
            }
            case AuthService.LoginOutcome.SecondStep(MfaService.SecondStep.Verify verify) ->
                ResponseEntity.ok()
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(new LoginResponse(null, null, null, null, true, null, verify.mfaToken()));
            case AuthService.LoginOutcome.SecondStep(MfaService.SecondStep.Enrol enrol) ->
                ResponseEntity.ok()
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(new LoginResponse(null, null, null, null, null, true, enrol.mfaToken()));
        };
    }

    @PostMapping("/mfa/verify")
    @PublicEndpoint
    @Operation(
            summary = "Second sign-in step: a TOTP code or a recovery code for the mfaToken",
            description =
                    "Answers the usual token pair (cookie mode as for /login). The mfaToken lives 5 minutes and is spent by a success; 5 wrong codes kill it, and wrong codes count toward the sign-in throttle (429 with Retry-After).")
    @Parameter(
            name = AUTH_MODE_HEADER,
            in = ParameterIn.HEADER,
            description = "`cookie` to receive the refresh token as an httpOnly cookie (web UI)")
    ResponseEntity<TokenResponse> verifyMfa(@Valid @RequestBody MfaVerifyRequest request, HttpServletRequest http) {
        return tokens(auth.verifyMfa(request.mfaToken(), request.code(), RequestOrigin.of(http)), http);
    }

    @PostMapping("/mfa/enrollment")
    @PublicEndpoint
    @Operation(
            summary = "Start the enrolment the organisation requires, with the mfaToken from /login",
            description =
                    "For a sign-in that answered `mfaEnrollmentRequired`; the same as /mfa/totp/enroll but authorised by the mfaToken instead of a bearer token.")
    MfaController.Enrolment beginForcedEnrolment(@Valid @RequestBody MfaEnrollmentRequest request) {
        return MfaController.Enrolment.of(auth.beginForcedEnrolment(request.mfaToken()));
    }

    @PostMapping("/mfa/enrollment/confirm")
    @PublicEndpoint
    @Operation(
            summary = "Confirm the required enrolment with a first code and finish signing in",
            description =
                    "Answers the ten recovery codes (shown only this once) and the token pair (cookie mode as for /login); the mfaToken is spent.")
    @Parameter(
            name = AUTH_MODE_HEADER,
            in = ParameterIn.HEADER,
            description = "`cookie` to receive the refresh token as an httpOnly cookie (web UI)")
    ResponseEntity<EnrolledSignInResponse> confirmForcedEnrolment(
            @Valid @RequestBody MfaVerifyRequest request, HttpServletRequest http) {
        AuthService.EnrolledSignIn done =
                auth.confirmForcedEnrolment(request.mfaToken(), request.code(), RequestOrigin.of(http));
        ResponseEntity<TokenResponse> tokens = tokens(done.tokens(), http);
        TokenResponse body = tokens.getBody();
        return ResponseEntity.status(tokens.getStatusCode())
                .headers(tokens.getHeaders())
                .body(new EnrolledSignInResponse(
                        done.recoveryCodes(),
                        body.accessToken(),
                        body.refreshToken(),
                        body.tokenType(),
                        body.expiresIn()));
    }

    @PostMapping("/refresh")
    @PublicEndpoint
    @Operation(
            summary = "Exchange a refresh token for a new pair",
            description =
                    "The presented refresh token is spent; presenting it again revokes the whole session. Web clients send no body and rely on the cookie plus the X-XSRF-TOKEN header.")
    ResponseEntity<TokenResponse> refresh(
            @Valid @RequestBody(required = false) RefreshRequest request, HttpServletRequest http) {
        String token = request == null ? null : request.refreshToken();
        if (token == null || token.isBlank()) {
            requireCsrf(http);
            token = cookie(http, REFRESH_COOKIE);
            if (token == null) {
                throw new BadCredentialsException("No refresh token was presented");
            }
        }
        return tokens(auth.refresh(token, RequestOrigin.of(http)), http);
    }

    @PostMapping("/logout")
    @RequiresPermission("profile:read")
    @Operation(summary = "Sign out: revoke the session, its refresh tokens and its access tokens at once")
    ResponseEntity<Void> logout(HttpServletRequest http) {
        Caller caller = CurrentCaller.get();
        if (caller.viaApiKey()) {
            throw new Forbidden("api-key-not-allowed", "An API key has no session to sign out of");
        }
        if (cookie(http, REFRESH_COOKIE) != null) {
            requireCsrf(http);
        }
        auth.logout(caller.tenantId(), caller.userId(), caller.sessionId(), caller.email(), RequestOrigin.of(http));
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookieHeader(REFRESH_COOKIE, "", Duration.ZERO, true))
                .header(HttpHeaders.SET_COOKIE, cookieHeader(XSRF_COOKIE, "", Duration.ZERO, false))
                .build();
    }

    private ResponseEntity<TokenResponse> tokens(AuthService.TokenPair pair, HttpServletRequest http) {
        if ("cookie".equalsIgnoreCase(http.getHeader(AUTH_MODE_HEADER))) {
            String xsrf = SecretTokens.random(24);
            return ResponseEntity.ok()
                    .header(
                            HttpHeaders.SET_COOKIE,
                            cookieHeader(REFRESH_COOKIE, pair.refreshToken(), refreshLifetime, true))
                    .header(HttpHeaders.SET_COOKIE, cookieHeader(XSRF_COOKIE, xsrf, refreshLifetime, false))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(new TokenResponse(pair.accessToken(), null, "Bearer", pair.expiresIn()));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new TokenResponse(pair.accessToken(), pair.refreshToken(), "Bearer", pair.expiresIn()));
    }

    private String cookieHeader(String name, String value, Duration maxAge, boolean httpOnly) {
        return ResponseCookie.from(name, value)
                .httpOnly(httpOnly)
                .secure(secureCookies)
                .sameSite("Strict")
                .path(httpOnly ? "/api/v1/auth" : "/")
                .maxAge(maxAge)
                .build()
                .toString();
    }

    private static void requireCsrf(HttpServletRequest http) {
        String cookie = cookie(http, XSRF_COOKIE);
        String header = http.getHeader(XSRF_HEADER);
        if (cookie == null
                || header == null
                || !MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("csrf", "This cookie-authenticated request needs the X-XSRF-TOKEN header");
        }
    }

    private static String cookie(HttpServletRequest http, String name) {
        if (http.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : http.getCookies()) {
            if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
