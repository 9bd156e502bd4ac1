package com.aigentforce.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path directory;

    private final LoginThrottleTest.MutableClock clock = new LoginThrottleTest.MutableClock();

    @Test
    void createsAPrivateKeyFileOnFirstStartAndReusesItAfterARestart() throws Exception {
        SigningKeys first = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock);
        String kid = first.current().getKeyID();
        Path file = directory.resolve(kid + ".jwk.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        SigningKeys restarted = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock);
        assertThat(restarted.current().getKeyID()).isEqualTo(kid);
        assertThat(restarted.publicSet().getKeys().getFirst().isPrivate()).isFalse();
    }

    @Test
    void rotatesWhenDueAndRetiresTheOldKeyOnlyAfterItsTokensExpired() {
        SigningKeys keys = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock);
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
        SigningKeys nodeA = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock);
        SigningKeys nodeB = new SigningKeys(directory, Duration.ofDays(30), Duration.ofMinutes(15), clock);
        clock.advance(Duration.ofSeconds(1));
        String rotated = nodeA.rotate().getKeyID();
        nodeB.reload();
        assertThat(nodeB.current().getKeyID()).isEqualTo(rotated);
    }
}
