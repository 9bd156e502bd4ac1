package com.aigentforce.identity.internal;

import com.aigentforce.identity.Credentials;
import com.aigentforce.platform.security.Caller;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link Credentials} over every {@link CredentialVerifier} bean: the first that accepts the credential decides. */
@Component
class CredentialAuthenticator implements Credentials {

    private static final int MAX_CREDENTIAL_LENGTH = 8192;

    private final List<CredentialVerifier> verifiers;

    CredentialAuthenticator(List<CredentialVerifier> verifiers) {
        this.verifiers = List.copyOf(verifiers);
    }

    @Override
    public Optional<Caller> authenticate(String credential) {
        if (credential == null || credential.isBlank() || credential.length() > MAX_CREDENTIAL_LENGTH) {
            return Optional.empty();
        }
        return verifiers.stream()
                .filter(v -> v.accepts(credential))
                .findFirst()
                .flatMap(v -> v.authenticate(credential));
    }
}
