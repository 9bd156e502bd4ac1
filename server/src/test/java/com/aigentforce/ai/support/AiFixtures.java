package com.aigentforce.ai.support;

import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;

/** Providers made through the API, as an administrator makes them. */
public final class AiFixtures {

    private final Api api;

    public AiFixtures(Api api) {
        this.api = api;
    }

    /** A provider of {@code kind} at {@code baseUrl} with {@code apiKey} (null: none); answers its id. */
    public String provider(String token, String kind, String baseUrl, String apiKey, String defaultModel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Fixtures.unique(kind + " provider"));
        body.put("kind", kind);
        body.put("baseUrl", baseUrl);
        if (apiKey != null) {
            body.put("apiKey", apiKey);
        }
        if (defaultModel != null) {
            body.put("defaultModel", defaultModel);
        }
        return api.post("/api/v1/ai/providers", body)
                .bearer(token)
                .send()
                .expect(201)
                .field("id");
    }
}
