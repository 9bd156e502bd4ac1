package com.aigentforce.ai.internal.web;

import com.aigentforce.ai.internal.provider.ModelSettings;
import com.aigentforce.ai.internal.provider.ProviderCommand;
import com.aigentforce.ai.internal.provider.ProviderCommand.ApiKeyChange;
import com.aigentforce.ai.internal.provider.ProviderKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A provider as sent by an administrator. A class rather than a record so that an absent {@code apiKey} (keep the
 * stored one) can be told from {@code "apiKey": null} (remove it): Jackson calls the setter only when the field is
 * present.
 */
final class ProviderRequest {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    @Pattern(regexp = "openai|ollama|anthropic", message = "must be openai, ollama or anthropic")
    @Schema(allowableValues = {"openai", "ollama", "anthropic"})
    private String kind;

    @NotBlank
    @Size(max = 2000)
    @Schema(example = "https://api.openai.com/v1")
    private String baseUrl;

    @Size(max = 4000)
    @Schema(description = "write-only; absent keeps the saved key, null or \"\" removes it")
    private String apiKey;

    private boolean apiKeyPresent;

    @Size(max = 200)
    private String defaultModel;

    @Size(max = 200)
    private List<@Valid @NotNull ModelSettingsRequest> models;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
        this.apiKeyPresent = true;
    }

    public String getDefaultModel() {
        return defaultModel;
    }

    public void setDefaultModel(String defaultModel) {
        this.defaultModel = defaultModel;
    }

    public List<ModelSettingsRequest> getModels() {
        return models;
    }

    public void setModels(List<ModelSettingsRequest> models) {
        this.models = models;
    }

    ProviderCommand toCommand() {
        ApiKeyChange key = !apiKeyPresent
                ? ApiKeyChange.keep()
                : apiKey == null || apiKey.isBlank() ? ApiKeyChange.clear() : ApiKeyChange.set(apiKey);
        List<ModelSettings> settings = models == null
                ? List.of()
                : models.stream().map(ModelSettingsRequest::toSettings).toList();
        return new ProviderCommand(name, ProviderKind.fromWireName(kind), baseUrl, key, defaultModel, settings);
    }
}
