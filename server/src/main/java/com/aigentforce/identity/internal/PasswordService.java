package com.aigentforce.identity.internal;

import com.aigentforce.identity.Passwords;
import com.aigentforce.platform.InvalidField;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing and the password policy: 12 to 128 characters, not one of the ~49,000 common passwords bundled
 * from zxcvbn-ts (MIT), not such a password with digits or symbols appended, and not containing the person's email
 * name or own name. Cost parameters are configurable and recorded in each hash, so raising them later only affects
 * new hashes.
 */
@Component
class PasswordService implements Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder;
    private final Set<String> common;
    private final String decoyHash;

    @Autowired
    PasswordService(SecurityProperties properties) {
        this(
                properties.argon2().memoryKib(),
                properties.argon2().iterations(),
                properties.argon2().parallelism());
    }

    PasswordService(int memoryKib, int iterations, int parallelism) {
        this.encoder = new Argon2PasswordEncoder(16, 32, parallelism, memoryKib, iterations);
        this.common = loadCommonPasswords();
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.decoyHash = encoder.encode(HexFormat.of().formatHex(random));
    }

    @Override
    public void requireAcceptable(String field, String password, String email, String name) {
        if (password == null) {
            throw new InvalidField(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidField(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidField(field, "must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\W_]+$", "");
        if (common.contains(lower) || (stem.length() >= 4 && common.contains(stem)) || isRepetitive(lower)) {
            throw new InvalidField(field, "This password is too common; choose a longer or less predictable one.");
        }
        String local = email == null ? "" : email.toLowerCase(Locale.ROOT).replaceAll("@.*$", "");
        if (local.length() >= 4 && lower.contains(local)) {
            throw new InvalidField(field, "This password must not contain your email address.");
        }
        if (name != null) {
            for (String part : name.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (part.length() >= 4 && lower.contains(part)) {
                    throw new InvalidField(field, "This password must not contain your name.");
                }
            }
        }
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        if (hash == null) {
            // spend the same time as a real check, so response timing does not reveal unknown accounts
            encoder.matches(password, decoyHash);
            return false;
        }
        return encoder.matches(password, hash);
    }

    private static boolean isRepetitive(String password) {
        return password.chars().distinct().count() <= 3;
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> result = new HashSet<>();
        try (InputStream raw = PasswordService.class.getResourceAsStream("/identity/common-passwords.txt.gz");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    result.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the common password list", e);
        }
        return Set.copyOf(result);
    }
}
