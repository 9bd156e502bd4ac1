package com.aigentforce.identity.internal;

import com.aigentforce.platform.security.Caller;
import java.util.Optional;

/**
 * One kind of credential {@link CredentialAuthenticator} understands. Each kind is recognisable by its form (an
 * API key starts with {@code afk_}, an access token is a JWT), so exactly one verifier accepts a given credential.
 */
interface CredentialVerifier {

    boolean accepts(String credential);

    Optional<Caller> authenticate(String credential);
}
