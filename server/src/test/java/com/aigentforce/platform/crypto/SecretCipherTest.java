package com.aigentforce.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private final SecretCipher cipher = new SecretCipher(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void sealsWithAFreshNonceAndOpens() {
        String a = cipher.seal("top secret");
        String b = cipher.seal("top secret");
        assertThat(a).startsWith("v1:").doesNotContain("top secret").isNotEqualTo(b);
        assertThat(cipher.open(a)).isEqualTo("top secret");
        assertThat(cipher.open(b)).isEqualTo("top secret");
    }

    @Test
    void tamperingIsDetected() {
        String sealed = cipher.seal("top secret");
        char last = sealed.charAt(sealed.length() - 3);
        String altered = sealed.substring(0, sealed.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);
        assertThatThrownBy(() -> cipher.open(altered)).hasMessageContaining("altered");
    }

    @Test
    void withoutAKeyValuesPassThroughAndSealedOnesAreRefused() {
        SecretCipher none = new SecretCipher("");
        assertThat(none.enabled()).isFalse();
        assertThat(none.seal("plain")).isEqualTo("plain");
        assertThatThrownBy(() -> none.open(cipher.seal("x"))).hasMessageContaining("not set");
    }

    @Test
    void afterRotationPreviousKeysStillOpenAndResealMovesValuesToTheNewKey() {
        String newKey = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        String oldKey = Base64.getEncoder().encodeToString(new byte[32]);
        String underOld = cipher.seal("top secret");
        SecretCipher rotated = new SecretCipher(newKey, " " + oldKey + " ,");
        assertThat(rotated.open(underOld)).isEqualTo("top secret");
        assertThat(rotated.isCurrent(underOld)).isFalse();
        String resealed = rotated.reseal(underOld);
        assertThat(rotated.isCurrent(resealed)).isTrue();
        assertThat(rotated.reseal(resealed)).isSameAs(resealed);
        assertThat(new SecretCipher(newKey).open(resealed)).isEqualTo("top secret");
        assertThatThrownBy(() -> new SecretCipher(newKey).open(underOld))
                .hasMessageContaining("neither AIGENTFORCE_ENCRYPTION_KEY")
                .hasMessageContaining("PREVIOUS_KEYS");
        assertThat(rotated.isCurrent("plain value")).isFalse();
        assertThat(rotated.open(rotated.reseal("plain value"))).isEqualTo("plain value");
        assertThatThrownBy(() -> new SecretCipher(newKey, "short")).hasMessageContaining("PREVIOUS_KEYS");
    }

    @Test
    void refusesKeysOfTheWrongSize() {
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretCipher("not base64!")).hasMessageContaining("base64");
    }
}
