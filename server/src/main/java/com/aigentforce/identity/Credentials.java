package com.aigentforce.identity;

import com.aigentforce.platform.security.Caller;
import java.util.Optional;

/**
 * Authenticates a credential presented outside the HTTP security chain (a WebSocket's first message, a
 * subprotocol): an access token or an API key ({@code afk_…}). The same
 * checks as for a request apply: the token is valid and unexpired, its session is active, the account is active; the
 * caller's permissions are the current ones.
 */
public interface Credentials {

    /** The caller the credential stands for, or empty when it is malformed, invalid, expired or revoked. */
    Optional<Caller> authenticate(String credential);
}
