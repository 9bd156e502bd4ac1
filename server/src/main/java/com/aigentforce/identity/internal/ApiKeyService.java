package com.aigentforce.identity.internal;

import com.aigentforce.platform.Forbidden;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.platform.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creating, listing and revoking the tenant's API keys. The secret exists only in the creation response. */
@Service
class ApiKeyService {

    private static final Logger LOGGER = LoggerFactory.getLogger(ApiKeyService.class);
    static final int PREFIX_LENGTH = 12;

    private final ApiKeys keys;
    private final ApiKeyAuthenticator authenticator;
    private final IdentityAuditor audit;
    private final TransactionTemplate tx;

    ApiKeyService(ApiKeys keys, ApiKeyAuthenticator authenticator, IdentityAuditor audit, TransactionTemplate tx) {
        this.keys = keys;
        this.authenticator = authenticator;
        this.audit = audit;
        this.tx = tx;
    }

    /** A new key and its secret, which exists only here: only its digest is stored. */
    record Created(ApiKey key, String secret) {}

    /** The key asks for permissions its creator does not hold. */
    static final class PermissionsNotHeld extends Forbidden {
        PermissionsNotHeld(Set<String> missing) {
            super(
                    "api-key-permissions-not-held",
                    "An API key can carry only permissions you hold; you do not hold " + String.join(", ", missing),
                    Map.of("missing", List.copyOf(missing)));
        }
    }

    Created create(Caller creator, String name, Set<String> permissions, Instant expiresAt) {
        requirePerson(creator);
        Set<String> missing = new TreeSet<>(permissions);
        missing.removeAll(creator.permissions());
        if (!missing.isEmpty()) {
            audit.record(
                    creator.tenantId(),
                    "apikey.create.denied",
                    creator.userId(),
                    creator.email(),
                    "api_key",
                    null,
                    Map.of("name", name, "missingPermissions", List.copyOf(missing)));
            throw new PermissionsNotHeld(missing);
        }
        Instant now = Instant.now();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidField("expiresAt", "must be in the future");
        }
        String raw = ApiKeyAuthenticator.PREFIX + SecretTokens.random(32);
        String prefix = raw.substring(0, PREFIX_LENGTH);
        ApiKey key = tx.execute(s -> keys.save(new ApiKey(
                Ids.next(),
                name,
                prefix,
                SecretTokens.digest(raw),
                new TreeSet<>(permissions),
                creator.userId(),
                now,
                expiresAt)));
        audit.record(
                creator.tenantId(),
                "apikey.created",
                creator.userId(),
                creator.email(),
                "api_key",
                key.id(),
                Map.of("name", name, "permissions", key.permissions()));
        LOGGER.info("ApiKey(id={}) created by User(id={})", key.id(), creator.userId());
        return new Created(key, raw);
    }

    Page<ApiKey> list(Caller caller, Pageable page) {
        requirePerson(caller);
        return tx.execute(s -> keys.findAllByOrderByCreatedAtDesc(page));
    }

    void revoke(Caller caller, UUID id) {
        requirePerson(caller);
        ApiKey key = tx.execute(s -> {
            ApiKey found = keys.findById(id).orElseThrow(() -> new NotFound("API key", id));
            found.revoke(Instant.now());
            return found;
        });
        authenticator.evict(key.keyHash());
        audit.record(
                caller.tenantId(),
                "apikey.revoked",
                caller.userId(),
                caller.email(),
                "api_key",
                id,
                Map.of("name", key.name()));
    }

    private static void requirePerson(Caller caller) {
        if (caller.viaApiKey()) {
            throw new Forbidden("api-key-not-allowed", "API keys cannot manage API keys");
        }
    }
}
