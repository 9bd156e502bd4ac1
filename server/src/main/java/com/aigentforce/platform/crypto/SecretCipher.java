package com.aigentforce.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest with AES-256-GCM under the key from {@code AIGENTFORCE_ENCRYPTION_KEY} (32 bytes,
 * base64). Each value gets a random 96-bit nonce; the stored form names the key ({@code v1:<key id>:<base64>}), so
 * a value sealed under another key is recognised and refused clearly. Without a configured key, values are
 * stored as given and {@link #enabled()} says so.
 */
@Component
public class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    public SecretCipher(@Value("${aigentforce.encryption.key:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
            this.keyId = null;
            return;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("AIGENTFORCE_ENCRYPTION_KEY must be base64 (32 random bytes)");
        }
        if (raw.length != 32) {
            throw new IllegalStateException(
                    "AIGENTFORCE_ENCRYPTION_KEY must decode to 32 bytes (AES-256), not " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = keyIdOf(raw);
    }

    public boolean enabled() {
        return key != null;
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
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
        if (key == null) {
            throw new SecretUnreadable("it is encrypted, but AIGENTFORCE_ENCRYPTION_KEY is not set");
        }
        if (!parts[1].equals(keyId)) {
            throw new SecretUnreadable(
                    "it was encrypted under another key (id " + parts[1] + ", configured " + keyId + ")");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
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

    /** A stored secret cannot be decrypted; the message says why. */
    public static final class SecretUnreadable extends IllegalStateException {
        SecretUnreadable(String why) {
            super("A stored secret cannot be read: " + why);
        }
    }
}
