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
    void refusesKeysOfTheWrongSize() {
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretCipher("not base64!")).hasMessageContaining("base64");
    }
}
