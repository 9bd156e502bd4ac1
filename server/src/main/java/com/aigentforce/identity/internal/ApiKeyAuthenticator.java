package com.aigentforce.identity.internal;

import com.aigentforce.identity.AccountDirectory;
import com.aigentforce.identity.AccountDirectory.AccessGrant;
import com.aigentforce.platform.cluster.ClusterEvictions;
import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.platform.security.Caller;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves a raw API key ({@code afk_…}) to the {@link Caller} it acts as: the key's creator, in the key's tenant,
 * with the key's permissions intersected with the creator's current ones. A revoked or expired key, or one whose
 * creator is no longer active, resolves to nothing. Keys are looked up by digest and cached briefly; revocation
 * evicts the cache on every node through {@link ClusterEvictions}, and expiry is checked on every use. The last-use
 * time is written at most once a minute per key.
 */
@Component
class ApiKeyAuthenticator implements CredentialVerifier {

    static final String PREFIX = "afk_";
    static final String CACHE = "apikey";
    private static final Logger LOGGER = LoggerFactory.getLogger(ApiKeyAuthenticator.class);
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AccountDirectory accounts;
    private final ClusterEvictions evictions;
    private final Clock clock;
    private final Cache<String, Optional<StoredKey>> keys;
    private final Map<UUID, Instant> lastTouched = new ConcurrentHashMap<>();

    @Autowired
    ApiKeyAuthenticator(
            JdbcClient jdbc,
            TransactionTemplate tx,
            AccountDirectory accounts,
            ClusterEvictions evictions,
            SecurityProperties properties) {
        this(jdbc, tx, accounts, evictions, properties.apiKeyCacheTtl(), Clock.systemUTC());
    }

    ApiKeyAuthenticator(
            JdbcClient jdbc,
            TransactionTemplate tx,
            AccountDirectory accounts,
            ClusterEvictions evictions,
            Duration cacheTtl,
            Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.accounts = accounts;
        this.evictions = evictions;
        this.clock = clock;
        this.keys = Caffeine.newBuilder()
                .maximumSize(50_000)
                .expireAfterWrite(cacheTtl)
                .build();
        evictions.register(CACHE, key -> {
            if (ClusterEvictions.ALL.equals(key)) {
                keys.invalidateAll();
            } else {
                keys.invalidate(key);
            }
        });
    }

    /** What the database says about a key, detached from any session. */
    record StoredKey(
            UUID id,
            UUID tenantId,
            String name,
            UUID createdBy,
            Set<String> permissions,
            Instant expiresAt,
            boolean revoked) {}

    static boolean looksLikeKey(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    @Override
    public boolean accepts(String credential) {
        return credential.startsWith(PREFIX);
    }

    @Override
    public Optional<Caller> authenticate(String rawKey) {
        if (!looksLikeKey(rawKey) || rawKey.length() > 200) {
            return Optional.empty();
        }
        String digest = HexFormat.of().formatHex(SecretTokens.digest(rawKey));
        Optional<StoredKey> stored = keys.get(digest, this::load);
        Instant now = clock.instant();
        if (stored.isEmpty()
                || stored.get().revoked()
                || (stored.get().expiresAt() != null
                        && !stored.get().expiresAt().isAfter(now))) {
            return Optional.empty();
        }
        StoredKey key = stored.get();
        Optional<AccessGrant> creator =
                accounts.access(key.tenantId(), key.createdBy()).filter(AccessGrant::active);
        if (creator.isEmpty()) {
            return Optional.empty();
        }
        Set<String> effective = new HashSet<>(key.permissions());
        effective.retainAll(creator.get().permissions());
        touch(key.id(), now);
        return Optional.of(new Caller(
                key.createdBy(),
                key.tenantId(),
                null,
                creator.get().email(),
                Set.copyOf(effective),
                key.id(),
                key.name()));
    }

    /** Forgets a key on every node (after revocation). */
    void evict(byte[] keyHash) {
        evictions.evict(CACHE, HexFormat.of().formatHex(keyHash));
    }

    private Optional<StoredKey> load(String digestHex) {
        return tx.execute(s -> jdbc.sql("select id, tenant_id, name, created_by, permissions, expires_at, revoked_at "
                        + "from api_key where key_hash = :hash")
                .param("hash", HexFormat.of().parseHex(digestHex))
                .query((rs, n) -> new StoredKey(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("created_by", UUID.class),
                        Set.copyOf(Arrays.asList(
                                (String[]) rs.getArray("permissions").getArray())),
                        rs.getTimestamp("expires_at") == null
                                ? null
                                : rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("revoked_at") != null))
                .optional());
    }

    /** Records the use at most once per {@link #TOUCH_INTERVAL} per key (on this node), not on every request. */
    private void touch(UUID keyId, Instant now) {
        Instant previous = lastTouched.get(keyId);
        if (previous != null && Duration.between(previous, now).compareTo(TOUCH_INTERVAL) < 0) {
            return;
        }
        boolean won = previous == null
                ? lastTouched.putIfAbsent(keyId, now) == null
                : lastTouched.replace(keyId, previous, now);
        if (!won) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> jdbc.sql("update api_key set last_used_at = :now where id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", keyId)
                    .update());
        } catch (RuntimeException e) {
            LOGGER.warn("ApiKey(id={}) last use could not be recorded: {}", keyId, e.getMessage());
        }
    }
}
