package com.aigentforce.identity.internal;

import com.aigentforce.platform.crypto.SealedSecrets;
import com.aigentforce.platform.crypto.SecretCipher;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The asymmetric (ES256) keys that sign access tokens, kept as JWK files in the signing-key directory. The newest
 * key signs; older keys keep verifying until every token they signed has expired, then they are removed. A new key
 * is made when the newest is older than the rotation interval. Nodes that share the directory pick up each
 * other's keys on {@link #reload()}.
 */
@Component
class SigningKeys implements SealedSecrets {

    private static final Logger LOGGER = LoggerFactory.getLogger(SigningKeys.class);

    private final Path directory;
    private final Duration rotation;
    private final Duration tokenLifetime;
    private final Clock clock;
    private final SecretCipher cipher;
    private volatile List<ECKey> keys = List.of();

    @Autowired
    SigningKeys(SecurityProperties properties, SecretCipher cipher) {
        this(
                properties.signingKeyDir(),
                properties.keyRotation(),
                properties.accessTokenTtl(),
                Clock.systemUTC(),
                cipher);
    }

    SigningKeys(Path directory, Duration rotation, Duration tokenLifetime, Clock clock, SecretCipher cipher) {
        this.directory = directory;
        this.rotation = rotation;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
        this.cipher = cipher;
        reload();
        rotateIfDue();
    }

    /** The key that signs new tokens. */
    ECKey current() {
        return keys.getFirst();
    }

    /** Every key that may still verify a live token, newest first. */
    List<ECKey> verificationKeys() {
        return keys;
    }

    /** The public JWK set published at {@code /.well-known/jwks.json}. */
    JWKSet publicSet() {
        return new JWKSet(keys.stream()
                .map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK())
                .toList());
    }

    @Scheduled(fixedDelayString = "${aigentforce.security.key-check-interval:1m}")
    synchronized void rotateIfDue() {
        if (keys.isEmpty() || created(keys.getFirst()).plus(rotation).isBefore(clock.instant())) {
            rotate();
        }
        prune();
    }

    /** Makes a new signing key; the previous ones keep verifying. */
    synchronized ECKey rotate() {
        try {
            Files.createDirectories(directory);
            ECKey key = new ECKeyGenerator(Curve.P_256)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .issueTime(Date.from(clock.instant()))
                    .generate();
            // the private key is encrypted at rest when AIGENTFORCE_ENCRYPTION_KEY is set
            writeAtomically(directory.resolve(key.getKeyID() + ".jwk.json"), cipher.seal(key.toJSONString()));
            LOGGER.info("SigningKey(kid={}) created", key.getKeyID());
            reload();
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a signing key to " + directory, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    @Override
    public String description() {
        return "access-token signing keys in " + directory;
    }

    /** Rewrites each key file whose private key is not sealed under the current encryption key. */
    @Override
    public synchronized int resealAll() {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int resealed = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jwk.json"))::iterator) {
                String stored = Files.readString(file, StandardCharsets.UTF_8);
                if (!cipher.isCurrent(stored)) {
                    writeAtomically(file, cipher.reseal(stored));
                    resealed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not re-encrypt signing keys in " + directory, e);
        }
        return resealed;
    }

    private void writeAtomically(Path file, String content) throws IOException {
        Path temp = Files.createTempFile(directory, "key", ".tmp");
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Re-reads the directory (other nodes may have rotated). */
    synchronized void reload() {
        if (!Files.isDirectory(directory)) {
            keys = List.of();
            return;
        }
        List<ECKey> loaded = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jwk.json"))::iterator) {
                try {
                    loaded.add(ECKey.parse(cipher.open(Files.readString(file, StandardCharsets.UTF_8))));
                } catch (ParseException e) {
                    LOGGER.warn("SigningKey(file={}) is not a valid EC JWK and is ignored", file.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read signing keys from " + directory, e);
        }
        loaded.sort(Comparator.comparing(SigningKeys::created).reversed());
        keys = List.copyOf(loaded);
    }

    /** A key is retired once its successor has signed for longer than a token lives (plus a margin). */
    private void prune() {
        List<ECKey> current = keys;
        for (int i = 1; i < current.size(); i++) {
            Instant successorSince = created(current.get(i - 1));
            if (successorSince.plus(tokenLifetime).plus(Duration.ofMinutes(5)).isBefore(clock.instant())) {
                try {
                    Files.deleteIfExists(directory.resolve(current.get(i).getKeyID() + ".jwk.json"));
                    LOGGER.info("SigningKey(kid={}) retired", current.get(i).getKeyID());
                } catch (IOException e) {
                    LOGGER.warn(
                            "SigningKey(kid={}) could not be removed: {}",
                            current.get(i).getKeyID(),
                            e.getMessage());
                }
            }
        }
        reload();
    }

    private static Instant created(ECKey key) {
        return key.getIssueTime() == null ? Instant.EPOCH : key.getIssueTime().toInstant();
    }
}
