package com.aigentforce.platform.crypto;

import com.aigentforce.platform.crypto.SecretCipher.EncryptionKeyInvalid;
import com.aigentforce.platform.crypto.SecretCipher.SecretUnreadable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Start-up stopped over the encryption key: a configured key that is not one, or secrets sealed (signing keys, TOTP
 * secrets) that the configured keys cannot open.
 */
class EncryptionKeyFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EncryptionKeyInvalid invalid) {
                return new FailureAnalysis(
                        "The encryption key is not valid: " + invalid.getMessage() + ".",
                        "Set " + invalid.setting() + " to the output of 'openssl rand -base64 32' (a key that "
                                + "already sealed data must stay as it was: see docs/operations.md, 'Encryption-key "
                                + "rotation').",
                        invalid);
            }
            if (t instanceof SecretUnreadable unreadable) {
                return new FailureAnalysis(
                        unreadable.getMessage() + ".",
                        "Start with the AIGENTFORCE_ENCRYPTION_KEY these secrets were sealed with; to change "
                                + "keys, keep the old one in AIGENTFORCE_ENCRYPTION_PREVIOUS_KEYS and run "
                                + "--aigentforce.command=reseal-secrets (docs/operations.md, 'Encryption-key "
                                + "rotation').",
                        unreadable);
            }
        }
        return null;
    }
}
