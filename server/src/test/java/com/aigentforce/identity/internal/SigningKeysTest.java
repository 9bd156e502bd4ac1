package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.platform.crypto.SecretCipher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path directory;

    private static final SecretCipher PLAIN = new SecretCipher("");
    private static final String KEY_A = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B =
            java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();

    @Test
    void privateKeysAreEncryptedAtRestWhenAnEncryptionKeyIsConfigured() throws Exception {
        SigningKeys keys =
                new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, new SecretCipher(KEY_A));
        String stored = Files.readString(directory.resolve(keys.current().getKeyID() + ".jwk.json"));
        assertThat(stored)
                .startsWith("v1:")
                .doesNotContain("\"d\"")
                .doesNotContain(keys.current().getD().toString());
        SigningKeys restarted =
                new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, new SecretCipher(KEY_A));
        assertThat(restarted.current().getD()).isEqualTo(keys.current().getD());
        assertThatThrownBy(() -> new SigningKeys(
                        directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, new SecretCipher(KEY_B)))
                .hasMessageContaining("neither AIGENTFORCE_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, PLAIN))
                .hasMessageContaining("AIGENTFORCE_ENCRYPTION_KEY is not set");
    }

    @Test
    void afterAnEncryptionKeyRotationOldFilesStillLoadAndResealingMovesThemToTheNewKey() {
        SigningKeys underA =
                new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, new SecretCipher(KEY_A));
        var privatePart = underA.current().getD();
        SigningKeys rotated = new SigningKeys(
                directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, new SecretCipher(KEY_B, KEY_A));
        assertThat(rotated.current().getD()).isEqualTo(privatePart);
        assertThat(rotated.resealAll()).isEqualTo(1);
        assertThat(rotated.resealAll()).isZero();
        SigningKeys onlyNewKey =
                new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, new SecretCipher(KEY_B));
        assertThat(onlyNewKey.current().getD()).isEqualTo(privatePart);
    }

    @Test
    void createsAPrivateKeyFileOnFirstStartAndReusesItAfterARestart() throws Exception {
        SigningKeys first = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, PLAIN);
        String kid = first.current().getKeyID();
        Path file = directory.resolve(kid + ".jwk.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        SigningKeys restarted = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, PLAIN);
        assertThat(restarted.current().getKeyID()).isEqualTo(kid);
        assertThat(restarted.publicSet().getKeys().getFirst().isPrivate()).isFalse();
    }

    @Test
    void rotatesWhenDueAndRetiresTheOldKeyOnlyAfterItsTokensExpired() {
        SigningKeys keys = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, PLAIN);
        String old = keys.current().getKeyID();

        clock.advance(Duration.ofDays(31));
        keys.rotateIfDue();
        String fresh = keys.current().getKeyID();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(keys.verificationKeys()).extracting(k -> k.getKeyID()).containsExactly(fresh, old);

        clock.advance(Duration.ofMinutes(10));
        keys.rotateIfDue();
        assertThat(keys.verificationKeys()).extracting(k -> k.getKeyID()).contains(old);

        clock.advance(Duration.ofMinutes(15));
        keys.rotateIfDue();
        assertThat(keys.verificationKeys()).extracting(k -> k.getKeyID()).containsExactly(fresh);
    }

    @Test
    void anotherNodesRotationIsPickedUpOnReload() {
        SigningKeys nodeA = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, PLAIN);
        SigningKeys nodeB = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock, PLAIN);
        clock.advance(Duration.ofSeconds(1));
        String rotated = nodeA.rotate().getKeyID();
        nodeB.reload();
        assertThat(nodeB.current().getKeyID()).isEqualTo(rotated);
    }
}
