package com.aigentforce.ai.internal.provider;

import java.util.List;

/**
 * A provider as an administrator saves it. {@code apiKey}: {@link ApiKeyChange#keep()} leaves the stored key as it is,
 * {@link ApiKeyChange#clear()} removes it, {@link ApiKeyChange#set} replaces it.
 */
public record ProviderCommand(
        String name,
        ProviderKind kind,
        String baseUrl,
        ApiKeyChange apiKey,
        String defaultModel,
        List<ModelSettings> models) {

    public ProviderCommand {
        models = models == null ? List.of() : List.copyOf(models);
    }

    /** What a save does to the stored API key. */
    public record ApiKeyChange(boolean change, String value) {

        public static ApiKeyChange keep() {
            return new ApiKeyChange(false, null);
        }

        public static ApiKeyChange clear() {
            return new ApiKeyChange(true, null);
        }

        public static ApiKeyChange set(String value) {
            return new ApiKeyChange(true, value);
        }
    }
}
