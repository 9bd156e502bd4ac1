package com.aigentforce.identity.internal;

import com.aigentforce.platform.security.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated request: the {@link Caller} as principal, its permissions as authorities. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final transient Object credentials;

    /** {@code credentials}: the verified access token, or null for an API key (its secret is not kept). */
    CallerAuthentication(Caller caller, Object credentials) {
        super(caller.permissions().stream().map(SimpleGrantedAuthority::new).toList());
        this.caller = caller;
        this.credentials = credentials;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return credentials;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.userId().toString();
    }
}
