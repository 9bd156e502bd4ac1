package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.identity.Credentials;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Credentials presented outside HTTP get the same checks as a bearer token on a request. */
class CredentialsTest extends ApiTestSupport {

    @Autowired
    Credentials credentials;

    @Autowired
    SigningKeys keys;

    @Autowired
    AccessTokens accessTokens;

    Fixtures.Org org;

    @BeforeEach
    void setUp() {
        org = fixtures.organisation();
    }

    @Test
    void aValidAccessTokenYieldsTheCallerWithCurrentPermissions() {
        var caller = credentials.authenticate(org.owner().accessToken()).orElseThrow();
        assertThat(caller.userId()).isEqualTo(org.ownerId());
        assertThat(caller.tenantId()).isEqualTo(org.tenantId());
        assertThat(caller.permissions()).contains("users:write", "profile:read");
    }

    @Test
    void malformedAndUnknownCredentialsYieldNothing() {
        assertThat(credentials.authenticate(null)).isEmpty();
        assertThat(credentials.authenticate("")).isEmpty();
        assertThat(credentials.authenticate("garbage")).isEmpty();
        assertThat(credentials.authenticate("a.b.c")).isEmpty();
        assertThat(credentials.authenticate("afk_not-a-known-key")).isEmpty();
        assertThat(credentials.authenticate("x".repeat(10_000))).isEmpty();
    }

    @Test
    void anExpiredTokenYieldsNothing() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(keys.current().getKeyID())
                        .type(AccessTokens.TYPE)
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(accessTokens.issuer())
                        .audience(accessTokens.issuer())
                        .subject(org.ownerId().toString())
                        .issueTime(Date.from(past))
                        .notBeforeTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))
                        .jwtID(UUID.randomUUID().toString())
                        .claim(AccessTokens.TENANT, org.tenantId().toString())
                        .claim(AccessTokens.SESSION, sessionOf(org.owner().accessToken()))
                        .build());
        jwt.sign(new ECDSASigner(keys.current()));
        assertThat(credentials.authenticate(jwt.serialize())).isEmpty();
    }

    @Test
    void aSignedOutSessionsTokenYieldsNothing() {
        String token = org.owner().accessToken();
        assertThat(credentials.authenticate(token)).isPresent();
        api.post("/api/v1/auth/logout", null).bearer(token).send().expect(204);
        assertThat(credentials.authenticate(token)).isEmpty();
    }

    @Test
    void aDeactivatedPersonsTokenYieldsNothing() {
        var person = fixtures.person(org, "LEARNER");
        assertThat(credentials.authenticate(person.session().accessToken())).isPresent();
        api.delete("/api/v1/users/" + person.id())
                .bearer(org.owner().accessToken())
                .send()
                .expect(204);
        assertThat(credentials.authenticate(person.session().accessToken())).isEmpty();
    }

    private static String sessionOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getStringClaim(AccessTokens.SESSION);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
