package com.aigentforce.platform.crypto;

/**
 * A place where a module keeps values sealed by {@link SecretCipher} (signing keys, TOTP secrets, provider API keys,
 * webhook secrets, …). Each such module registers one bean, so the {@code reseal-secrets} command can move every
 * stored secret to the current key after a key rotation.
 */
public interface SealedSecrets {

    /** What is stored, for the command's report ("signing keys"). */
    String description();

    /** Re-encrypts every value not sealed under the current key (see {@link SecretCipher#isCurrent}); returns how many. */
    int resealAll();
}
