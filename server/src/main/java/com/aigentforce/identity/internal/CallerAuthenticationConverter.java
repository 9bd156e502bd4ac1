package com.aigentforce.identity.internal;

import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.identity.AccountDirectory.AccessGrant;
import com.aigentforce.platform.security.Caller;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token into a {@link Caller}: the session must still be active (logout and refresh-token
 * reuse end it at once) and the account active; permissions come from the account's current roles, so role
 * changes apply to the very next request.
 */
@Component
class CallerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SessionService sessions;
    private final AccountDirectory accounts;

    CallerAuthenticationConverter(SessionService sessions, AccountDirectory accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID userId = uuid(jwt.getSubject());
        UUID tenantId = uuid(jwt.getClaimAsString(AccessTokens.TENANT));
        UUID sessionId = uuid(jwt.getClaimAsString(AccessTokens.SESSION));
        if (!sessions.isActive(sessionId)) {
            throw new InvalidBearerTokenException("The session of this token has ended");
        }
        AccessGrant grant = accounts.access(tenantId, userId)
                .filter(AccessGrant::active)
                .orElseThrow(() -> new InvalidBearerTokenException("The account is not active"));
        return new CallerAuthentication(
                new Caller(userId, tenantId, sessionId, grant.email(), grant.permissions()), jwt);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidBearerTokenException("The token has a malformed claim");
        }
    }
}
