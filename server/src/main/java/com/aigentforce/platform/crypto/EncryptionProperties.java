package com.aigentforce.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for secrets at rest ({@code aigentforce.encryption.*}); {@link SecretCipher} checks their form.
 *
 * @param key base64 of 32 random bytes ({@code AIGENTFORCE_ENCRYPTION_KEY}); empty: secrets are stored as given
 * @param previousKeys comma-separated earlier keys that still decrypt during a rotation
 */
@ConfigurationProperties("aigentforce.encryption")
public record EncryptionProperties(
        @DefaultValue("") String key, @DefaultValue("") String previousKeys) {

    /** Never shows the keys. */
    @Override
    public String toString() {
        return "EncryptionProperties[key=" + (key == null || key.isBlank() ? "none" : "***") + "]";
    }
}
