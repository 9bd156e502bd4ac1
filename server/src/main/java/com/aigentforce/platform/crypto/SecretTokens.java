package com.aigentforce.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets handed to clients (refresh tokens, invitation links, CSRF values): random, URL-safe, and stored
 * only as their SHA-256 digest, so a database leak does not leak usable secrets.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = StripedSecureRandom.shared();

    private SecretTokens() {}

    /** A URL-safe random string carrying {@code bytes} bytes of entropy. */
    public static String random(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The digest under which a token is stored and looked up. */
    public static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
