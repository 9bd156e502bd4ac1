package com.aigentforce.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest with AES-256-GCM under the key from {@code AIGENTFORCE_ENCRYPTION_KEY} (32 bytes,
 * base64). Each value gets a random 96-bit nonce; the stored form names the key ({@code v1:<key id>:<base64>}) and
 * the key id is bound as associated data. Rotation: the new key encrypts, the keys listed in
 * {@code AIGENTFORCE_ENCRYPTION_PREVIOUS_KEYS} still decrypt, and {@link #reseal} (run for every store by the
 * {@code reseal-secrets} command) moves old values to the new key. Without a configured key, values are stored as
 * given and {@link #enabled()} says so.
 */
@Component
public class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;
    private final Map<String, SecretKeySpec> decryptionKeys;

    public SecretCipher(String base64Key) {
        this(base64Key, "");
    }

    @Autowired
    public SecretCipher(EncryptionProperties properties) {
        this(properties.key(), properties.previousKeys());
    }

    public SecretCipher(String base64Key, String previousKeys) {
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            this.keyId = null;
        } else {
            byte[] raw = decode(base64Key, "AIGENTFORCE_ENCRYPTION_KEY");
            this.key = new SecretKeySpec(raw, "AES");
            this.keyId = keyIdOf(raw);
            keys.put(keyId, key);
        }
        for (String previous : previousKeys == null ? new String[0] : previousKeys.split(",")) {
            if (!previous.isBlank()) {
                byte[] raw = decode(previous, "AIGENTFORCE_ENCRYPTION_PREVIOUS_KEYS");
                keys.putIfAbsent(keyIdOf(raw), new SecretKeySpec(raw, "AES"));
            }
        }
        this.decryptionKeys = Map.copyOf(keys);
    }

    private static byte[] decode(String base64Key, String setting) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new EncryptionKeyInvalid(setting, "is not base64");
        }
        if (raw.length != 32) {
            throw new EncryptionKeyInvalid(setting, "decodes to " + raw.length + " bytes, not 32 bytes (AES-256)");
        }
        return raw;
    }

    public boolean enabled() {
        return key != null;
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    /** Whether the stored value is in the form {@link #seal} would produce now (under the current key, if any). */
    public boolean isCurrent(String stored) {
        return key == null ? !isSealed(stored) : stored.startsWith(PREFIX + keyId + ":");
    }

    /** The value sealed under the current key: unchanged if it already is, re-encrypted otherwise. */
    public String reseal(String stored) {
        return isCurrent(stored) ? stored : seal(open(stored));
    }

    /** Seals a secret; without a configured key it is returned unchanged. */
    public String seal(String plaintext) {
        if (key == null) {
            return plaintext;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret", e);
        }
    }

    /** Opens a sealed secret (or returns a plain one unchanged). */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3) {
            throw new SecretUnreadable("the stored value is malformed");
        }
        if (decryptionKeys.isEmpty()) {
            throw new SecretUnreadable("it is encrypted, but AIGENTFORCE_ENCRYPTION_KEY is not set");
        }
        SecretKeySpec sealedWith = decryptionKeys.get(parts[1]);
        if (sealedWith == null) {
            throw new SecretUnreadable("it was encrypted under key id " + parts[1]
                    + ", which is neither AIGENTFORCE_ENCRYPTION_KEY (id " + keyId
                    + ") nor among AIGENTFORCE_ENCRYPTION_PREVIOUS_KEYS");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealedWith, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(parts[1].getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SecretUnreadable("it was altered or is corrupt");
        }
    }

    private static String keyIdOf(byte[] raw) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(raw))
                    .substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A configured encryption key is not base64 of 32 bytes. */
    public static final class EncryptionKeyInvalid extends IllegalStateException {
        private final String setting;

        EncryptionKeyInvalid(String setting, String why) {
            super(setting + " " + why + ": it must be base64 of 32 random bytes");
            this.setting = setting;
        }

        /** The environment variable that holds the key. */
        public String setting() {
            return setting;
        }
    }

    /** A stored secret cannot be decrypted; the message says why. */
    public static final class SecretUnreadable extends IllegalStateException {
        SecretUnreadable(String why) {
            super("A stored secret cannot be read: " + why);
        }
    }
}
