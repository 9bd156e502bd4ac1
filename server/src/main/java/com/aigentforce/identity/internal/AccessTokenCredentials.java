package com.aigentforce.identity.internal;

import com.aigentforce.platform.security.Caller;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/** Access tokens (JWT) as credentials: verified and turned into a caller exactly as on an HTTP request. */
@Component
class AccessTokenCredentials implements CredentialVerifier {

    private final AccessTokenDecoder decoder;
    private final CallerAuthenticationConverter converter;

    AccessTokenCredentials(AccessTokenDecoder decoder, CallerAuthenticationConverter converter) {
        this.decoder = decoder;
        this.converter = converter;
    }

    @Override
    public boolean accepts(String credential) {
        return credential.chars().filter(c -> c == '.').count() == 2;
    }

    @Override
    public Optional<Caller> authenticate(String credential) {
        try {
            return Optional.of(
                    (Caller) converter.convert(decoder.decode(credential)).getPrincipal());
        } catch (JwtException | AuthenticationException e) {
            return Optional.empty();
        }
    }
}
