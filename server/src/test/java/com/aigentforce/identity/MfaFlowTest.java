package com.aigentforce.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.Api;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import com.aigentforce.support.TotpCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** TOTP enrolment, the second sign-in step, recovery codes, disabling, and the policy that forces enrolment. */
class MfaFlowTest extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void enrolledOwnerSignsInWithPasswordThenCode() {
        var org = fixtures.organisation();
        var enrolment = enrol(org.owner().accessToken());
        assertThat(enrolment.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(enrolment.otpauthUri())
                .startsWith("otpauth://totp/AiGentForce:")
                .contains("secret=" + enrolment.secret());

        var login = password(org.ownerEmail()).expect(200);
        assertThat(login.body().path("mfaRequired").asBoolean()).isTrue();
        assertThat(login.body().has("accessToken")).isFalse();
        String mfaToken = login.field("mfaToken");

        var tokens = verify(mfaToken, TotpCodes.shifted(enrolment.secret(), 1)).expect(200);
        assertThat(tokens.field("refreshToken")).startsWith("afr_");
        api.get("/api/v1/users/me").bearer(tokens.field("accessToken")).send().expect(200);
        var status = api.get("/api/v1/auth/mfa")
                .bearer(tokens.field("accessToken"))
                .send()
                .expect(200)
                .body();
        assertThat(status.path("enabled").asBoolean()).isTrue();
        assertThat(status.path("recoveryCodesLeft").asInt()).isEqualTo(10);
    }

    @Test
    void theMfaTokenWorksOnlyOnce() {
        var org = fixtures.organisation();
        var enrolment = enrol(org.owner().accessToken());
        String mfaToken = password(org.ownerEmail()).field("mfaToken");
        verify(mfaToken, enrolment.recoveryCodes().get(0)).expect(200);
        verify(mfaToken, enrolment.recoveryCodes().get(1)).expectProblem(401);
    }

    @Test
    void aCodeCannotBeReplayed() {
        var org = fixtures.organisation();
        var enrolment = enrol(org.owner().accessToken()); // confirmed with the current code
        String current = TotpCodes.now(enrolment.secret());
        verify(password(org.ownerEmail()).field("mfaToken"), current).expectProblem(401);
        String next = TotpCodes.shifted(enrolment.secret(), 1);
        verify(password(org.ownerEmail()).field("mfaToken"), next).expect(200);
        verify(password(org.ownerEmail()).field("mfaToken"), next).expectProblem(401);
    }

    @Test
    void codesOneStepAwayAreAcceptedAndTwoStepsAwayRefused() {
        var org = fixtures.organisation();
        String token = org.owner().accessToken();
        String secret = api.post("/api/v1/auth/mfa/totp/enroll", Map.of())
                .bearer(token)
                .send()
                .expect(200)
                .field("secret");
        TotpCodes.awaitFreshStep();
        for (int refused : new int[] {-2, 2}) {
            api.post("/api/v1/auth/mfa/totp/confirm", Map.of("code", TotpCodes.shifted(secret, refused)))
                    .bearer(token)
                    .send()
                    .expectProblem(422);
        }
        api.post("/api/v1/auth/mfa/totp/confirm", Map.of("code", TotpCodes.shifted(secret, -1)))
                .bearer(token)
                .send()
                .expect(200);
        verify(password(org.ownerEmail()).field("mfaToken"), TotpCodes.shifted(secret, 1))
                .expect(200);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        var org = fixtures.organisation();
        var enrolment = enrol(org.owner().accessToken());
        String code = enrolment.recoveryCodes().get(3);
        var tokens = verify(password(org.ownerEmail()).field("mfaToken"), code.toUpperCase())
                .expect(200);
        verify(password(org.ownerEmail()).field("mfaToken"), code).expectProblem(401);
        var status = api.get("/api/v1/auth/mfa")
                .bearer(tokens.field("accessToken"))
                .send()
                .body();
        assertThat(status.path("recoveryCodesLeft").asInt()).isEqualTo(9);
        awaitAuditEntry(tokens.field("accessToken"), "mfa.recovery_code_used");
    }

    @Test
    void fiveWrongCodesKillTheMfaTokenAndMoreAreThrottled() {
        var org = fixtures.organisation();
        var enrolment = enrol(org.owner().accessToken());
        String mfaToken = password(org.ownerEmail()).field("mfaToken");
        for (int i = 0; i < 5; i++) {
            verify(mfaToken, "000000".equals(TotpCodes.shifted(enrolment.secret(), 1)) ? "111111" : "000000")
                    .expectProblem(401);
        }
        verify(mfaToken, TotpCodes.shifted(enrolment.secret(), 1)).expectProblem(401);

        String second = password(org.ownerEmail()).field("mfaToken");
        verify(second, "not-a-code").expectProblem(401); // the sixth wrong code locks the account's MFA step
        verify(second, TotpCodes.shifted(enrolment.secret(), 1)).expectProblem(429);
        awaitAuditEntry(org.owner().accessToken(), "mfa.verify_failed");
    }

    @Test
    void disablingNeedsThePasswordAndThenSignInIsPasswordOnly() {
        var org = fixtures.organisation();
        enrol(org.owner().accessToken());
        String token = org.owner().accessToken();
        api.method("DELETE", "/api/v1/auth/mfa/totp", Map.of("password", "not-my-password-at-all"))
                .bearer(token)
                .send()
                .expectProblem(422);
        api.method("DELETE", "/api/v1/auth/mfa/totp", Map.of("password", Fixtures.PASSWORD))
                .bearer(token)
                .send()
                .expect(204);
        assertThat(password(org.ownerEmail()).field("accessToken")).isNotBlank();
        awaitAuditEntry(token, "mfa.disabled");
        awaitAuditEntry(token, "mfa.enrolled");
    }

    @Test
    void thePolicyMakesHoldersOfARoleEnrolAtTheirNextSignIn() {
        var org = fixtures.organisation();
        var learner = fixtures.person(org, "LEARNER");
        String learnerRole = roleId(org, "LEARNER");
        var policy = api.put("/api/v1/auth/mfa/policy", Map.of("requiredRoles", List.of(learnerRole)))
                .bearer(org.owner().accessToken())
                .send()
                .expect(200);
        assertThat(policy.body().path("requiredRoles").get(0).asString()).isEqualTo(learnerRole);

        var login = password(learner.email()).expect(200);
        assertThat(login.body().path("mfaEnrollmentRequired").asBoolean()).isTrue();
        assertThat(login.body().has("accessToken")).isFalse();
        String mfaToken = login.field("mfaToken");
        verify(mfaToken, "123456").expectProblem(401); // an enrolment token is not a sign-in token

        String secret = api.post("/api/v1/auth/mfa/enrollment", Map.of("mfaToken", mfaToken))
                .send()
                .expect(200)
                .field("secret");
        var done = api.post(
                        "/api/v1/auth/mfa/enrollment/confirm",
                        Map.of("mfaToken", mfaToken, "code", TotpCodes.now(secret)))
                .send()
                .expect(200);
        assertThat(done.body().path("recoveryCodes").size()).isEqualTo(10);
        String access = done.field("accessToken");
        api.get("/api/v1/users/me").bearer(access).send().expect(200);
        api.post("/api/v1/auth/mfa/enrollment", Map.of("mfaToken", mfaToken))
                .send()
                .expectProblem(401); // spent

        var status = api.get("/api/v1/auth/mfa").bearer(access).send().body();
        assertThat(status.path("required").asBoolean()).isTrue();
        api.method("DELETE", "/api/v1/auth/mfa/totp", Map.of("password", Fixtures.PASSWORD))
                .bearer(access)
                .send()
                .expectProblem(409);
        assertThat(password(learner.email()).body().path("mfaRequired").asBoolean())
                .isTrue();

        // an administrator resets it (lost phone): the next sign-in asks for enrolment again
        api.delete("/api/v1/users/" + learner.id() + "/mfa")
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        api.delete("/api/v1/users/" + learner.id() + "/mfa")
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(404);
        assertThat(password(learner.email())
                        .body()
                        .path("mfaEnrollmentRequired")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void thePolicyRefusesRolesOfOtherOrganisations() {
        var org = fixtures.organisation();
        var other = fixtures.organisation();
        api.put("/api/v1/auth/mfa/policy", Map.of("requiredRoles", List.of(roleId(other, "LEARNER"))))
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(422);
        api.put("/api/v1/auth/mfa/policy", Map.of("requiredRoles", List.of("not-a-uuid")))
                .bearer(org.owner().accessToken())
                .send()
                .expectProblem(400);
    }

    @Test
    void enrolmentIsConfirmedOnlyWithTheCurrentCode() {
        var org = fixtures.organisation();
        String token = org.owner().accessToken();
        String secret = api.post("/api/v1/auth/mfa/totp/enroll", Map.of())
                .bearer(token)
                .send()
                .expect(200)
                .field("secret");
        api.post("/api/v1/auth/mfa/totp/confirm", Map.of("code", TotpCodes.shifted(secret, -3)))
                .bearer(token)
                .send()
                .expectProblem(422);
        assertThat(password(org.ownerEmail()).field("accessToken")).isNotBlank(); // not on until confirmed
    }

    @Test
    void theSecretIsEncryptedAndTheRecoveryCodesHashedAtRest() {
        var org = fixtures.organisation();
        var enrolment = enrol(org.owner().accessToken());
        String stored = tx.execute(s -> jdbc.sql("select secret from mfa_totp where user_id = :user")
                .param("user", org.ownerId())
                .query(String.class)
                .single());
        assertThat(stored).startsWith("v1:").doesNotContain(enrolment.secret());
        List<byte[]> hashes = tx.execute(s -> jdbc.sql("select code_hash from mfa_recovery_code where user_id = :user")
                .param("user", org.ownerId())
                .query(byte[].class)
                .list());
        assertThat(hashes).hasSize(10).allSatisfy(hash -> assertThat(hash).hasSize(32));
        assertThat(hashes.stream().map(String::new).toList())
                .noneMatch(text -> enrolment.recoveryCodes().stream().anyMatch(text::contains));
    }

    // --- helpers

    record Enrolment(String secret, String otpauthUri, List<String> recoveryCodes) {}

    private Enrolment enrol(String accessToken) {
        var started = api.post("/api/v1/auth/mfa/totp/enroll", Map.of())
                .bearer(accessToken)
                .send()
                .expect(200);
        String secret = started.field("secret");
        TotpCodes.awaitFreshStep(); // the codes the test computes next are judged in the step they were made for
        var confirmed = api.post("/api/v1/auth/mfa/totp/confirm", Map.of("code", TotpCodes.now(secret)))
                .bearer(accessToken)
                .send()
                .expect(200);
        List<String> codes = new ArrayList<>();
        confirmed.body().path("recoveryCodes").forEach(c -> codes.add(c.asString()));
        return new Enrolment(secret, started.field("otpauthUri"), codes);
    }

    private Api.Response password(String email) {
        return api.post("/api/v1/auth/login", Map.of("email", email, "password", Fixtures.PASSWORD))
                .send();
    }

    private Api.Response verify(String mfaToken, String code) {
        return api.post("/api/v1/auth/mfa/verify", Map.of("mfaToken", mfaToken, "code", code))
                .send();
    }

    private String roleId(Fixtures.Org org, String name) {
        for (var role : api.get("/api/v1/roles")
                .bearer(org.owner().accessToken())
                .send()
                .expect(200)
                .body()
                .path("items")) {
            if (role.path("name").asString().equals(name)) {
                return role.path("id").asString();
            }
        }
        throw new AssertionError("No role " + name);
    }
}
