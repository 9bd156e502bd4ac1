package com.aigentforce.platform.crypto;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar aigentforce-server.jar --aigentforce.command=reseal-secrets}: re-encrypts every stored secret
 * under the current {@code AIGENTFORCE_ENCRYPTION_KEY}, then the process exits. Safe to run while other nodes serve
 * (they still decrypt the old key until it is removed from {@code AIGENTFORCE_ENCRYPTION_PREVIOUS_KEYS}) and to run
 * again (values already current are left alone).
 */
@Component
@ConditionalOnProperty(name = "aigentforce.command", havingValue = "reseal-secrets")
class ResealSecretsCommand implements ApplicationRunner {

    private static final Logger LOGGER = LoggerFactory.getLogger(ResealSecretsCommand.class);

    private final List<SealedSecrets> stores;
    private final SecretCipher cipher;

    ResealSecretsCommand(List<SealedSecrets> stores, SecretCipher cipher) {
        this.stores = stores;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cipher.enabled()) {
            throw new IllegalStateException("reseal-secrets needs AIGENTFORCE_ENCRYPTION_KEY (the key to move to)");
        }
        int total = 0;
        for (SealedSecrets store : stores) {
            int resealed = store.resealAll();
            total += resealed;
            LOGGER.info("ResealSecrets(store={}) re-encrypted {} value(s)", store.description(), resealed);
        }
        LOGGER.info("ResealSecrets finished: {} value(s) re-encrypted in {} store(s)", total, stores.size());
    }
}
