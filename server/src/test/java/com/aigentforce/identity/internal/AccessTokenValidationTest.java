package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.support.Fixtures;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Forged, expired and misissued access tokens are all refused with 401; a well-formed one is accepted. */
class AccessTokenValidationTest extends ApiTestSupport {

    @Autowired
    SigningKeys keys;

    @Autowired
    AccessTokens accessTokens;

    Fixtures.Org org;
    UUID sessionId;

    @BeforeEach
    void setUp() throws Exception {
        org = new Fixtures(api).organisation();
        sessionId = UUID.fromString(
                SignedJWT.parse(org.owner().accessToken()).getJWTClaimsSet().getStringClaim("sid"));
    }

    @Test
    void aTokenWeSignOurselvesIsAcceptedSoTheNegativeCasesAreMeaningful() throws Exception {
        String token = sign(keys.current(), JWSAlgorithm.ES256, claims(c -> c));
        api.get("/api/v1/users/me").bearer(token).send().expect(200);
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String token = sign(
                keys.current(),
                JWSAlgorithm.ES256,
                claims(c -> c.issueTime(Date.from(past))
                        .notBeforeTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(15))))));
        api.get("/api/v1/users/me").bearer(token).send().expectProblem(401);
    }

    @Test
    void tokenSignedByAnotherKeyWithOurKeyIdIsRefused() throws Exception {
        ECKey impostor =
                new ECKeyGenerator(Curve.P_256).keyID(keys.current().getKeyID()).generate();
        String token = sign(impostor, JWSAlgorithm.ES256, claims(c -> c));
        api.get("/api/v1/users/me").bearer(token).send().expectProblem(401);
    }

    @Test
    void tamperedPayloadIsRefused() throws Exception {
        String[] parts = org.owner().accessToken().split("\\.");
        JWTClaimsSet original = SignedJWT.parse(org.owner().accessToken()).getJWTClaimsSet();
        JWTClaimsSet elevated = new JWTClaimsSet.Builder(original)
                .claim("roles", List.of("OWNER", "ADMIN"))
                .build();
        String forged = parts[0] + "." + Base64URL.encode(elevated.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        api.get("/api/v1/users/me").bearer(forged).send().expectProblem(401);
    }

    @Test
    void unsignedAlgNoneTokenIsRefused() {
        String token = new PlainJWT(claims(c -> c)).serialize();
        api.get("/api/v1/users/me").bearer(token).send().expectProblem(401);
    }

    @Test
    void hmacTokenKeyedWithThePublicKeyIsRefused() throws Exception {
        byte[] secret = keys.current().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(keys.current().getKeyID())
                        .type(AccessTokens.TYPE)
                        .build(),
                claims(c -> c));
        jwt.sign(new MACSigner(secret));
        api.get("/api/v1/users/me").bearer(jwt.serialize()).send().expectProblem(401);
    }

    @Test
    void wrongIssuerIsRefused() throws Exception {
        String token = sign(keys.current(), JWSAlgorithm.ES256, claims(c -> c.issuer("https://evil.example")));
        api.get("/api/v1/users/me").bearer(token).send().expectProblem(401);
    }

    @Test
    void wrongTokenTypeIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256)
                        .keyID(keys.current().getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims(c -> c));
        jwt.sign(new ECDSASigner(keys.current()));
        api.get("/api/v1/users/me").bearer(jwt.serialize()).send().expectProblem(401);
    }

    @Test
    void tokenWithoutTenantClaimIsRefused() throws Exception {
        String token = sign(keys.current(), JWSAlgorithm.ES256, claims(c -> c.claim(AccessTokens.TENANT, null)));
        api.get("/api/v1/users/me").bearer(token).send().expectProblem(401);
    }

    @Test
    void tokensSignedByARotatedOutKeyStillVerifyUntilTheyExpire() throws Exception {
        String before = accessTokens
                .issue(org.ownerId(), org.tenantId(), sessionId, List.of("OWNER"))
                .token();
        keys.rotate();
        String after = accessTokens
                .issue(org.ownerId(), org.tenantId(), sessionId, List.of("OWNER"))
                .token();
        assertThat(SignedJWT.parse(after).getHeader().getKeyID())
                .isNotEqualTo(SignedJWT.parse(before).getHeader().getKeyID());
        api.get("/api/v1/users/me").bearer(before).send().expect(200);
        api.get("/api/v1/users/me").bearer(after).send().expect(200);
        var jwks = api.get("/.well-known/jwks.json").send().expect(200).body().path("keys");
        assertThat(jwks.size()).isGreaterThanOrEqualTo(2);
        assertThat(jwks.toString()).doesNotContain("\"d\"");
    }

    private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> customise) {
        Instant now = Instant.now();
        return customise
                .apply(new JWTClaimsSet.Builder()
                        .issuer(accessTokens.issuer())
                        .audience(accessTokens.issuer())
                        .subject(org.ownerId().toString())
                        .issueTime(Date.from(now))
                        .notBeforeTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                        .jwtID(UUID.randomUUID().toString())
                        .claim(AccessTokens.TENANT, org.tenantId().toString())
                        .claim(AccessTokens.SESSION, sessionId.toString()))
                .build();
    }

    private static String sign(ECKey key, JWSAlgorithm alg, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(alg)
                        .keyID(key.getKeyID())
                        .type(AccessTokens.TYPE)
                        .build(),
                claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }
}
