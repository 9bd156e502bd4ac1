package com.aigentforce.identity.internal;

import com.aigentforce.platform.Ids;
import com.aigentforce.platform.crypto.StripedSecureRandom;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/** Issues signed JWT access tokens ({@code typ: at+jwt}) with subject, tenant, session and roles. */
@Component
class AccessTokens {

    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    static final String TENANT = "tid";
    static final String SESSION = "sid";
    static final String ROLES = "roles";

    private final SigningKeys keys;
    private final String issuer;
    private final Duration lifetime;
    private final ConcurrentMap<String, ECDSASigner> signers = new ConcurrentHashMap<>();

    AccessTokens(SigningKeys keys, SecurityProperties properties) {
        this.keys = keys;
        this.issuer = properties.issuer();
        this.lifetime = properties.accessTokenTtl(); // at most 15 minutes: SecurityProperties refuses more
    }

    record Issued(String token, long expiresInSeconds) {}

    Issued issue(UUID userId, UUID tenantId, UUID sessionId, Collection<String> roles) {
        ECKey key = keys.current();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(userId.toString())
                .audience(issuer)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(Ids.next().toString())
                .claim(TENANT, tenantId.toString())
                .claim(SESSION, sessionId.toString())
                .claim(ROLES, List.copyOf(roles))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(TYPE)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signers.computeIfAbsent(key.getKeyID(), kid -> signer(key)));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return new Issued(jwt.serialize(), lifetime.toSeconds());
    }

    private static ECDSASigner signer(ECKey key) {
        try {
            ECDSASigner signer = new ECDSASigner(key);
            // the signature nonce: a DRBG per thread stripe instead of the JDK default's globally locked NativePRNG
            signer.getJCAContext().setSecureRandom(StripedSecureRandom.shared());
            return signer;
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable signing key " + key.getKeyID(), e);
        }
    }

    String issuer() {
        return issuer;
    }
}
