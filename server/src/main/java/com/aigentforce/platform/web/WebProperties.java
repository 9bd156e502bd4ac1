package com.aigentforce.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The server's face to browsers and people, read by several modules ({@code aigentforce.public-url},
 * {@code aigentforce.registration.*}, {@code aigentforce.cors.*}, {@code aigentforce.http.*}).
 *
 * @param publicUrl the external address ({@code AIGENTFORCE_PUBLIC_URL}); empty: {@code http://localhost:<port>}
 * @param registration self-service organisation registration
 * @param cors origins allowed to call the API (and open the WebSocket) from a browser
 * @param http request limits
 */
@Validated
@ConfigurationProperties("aigentforce")
public record WebProperties(
        @DefaultValue("") String publicUrl,
        @DefaultValue @Valid Registration registration,
        @DefaultValue @Valid Cors cors,
        @DefaultValue @Valid Http http) {

    public WebProperties {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /** @param enabled whether anyone may register an organisation ({@code false}: 403) */
    public record Registration(@DefaultValue("true") boolean enabled) {}

    /** @param allowedOrigins origins, comma-separated in {@code AIGENTFORCE_CORS_ORIGINS}; none: same origin only */
    public record Cors(@DefaultValue("") List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = allowedOrigins == null
                    ? List.of()
                    : allowedOrigins.stream()
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }
    }

    /** @param maxJsonBody largest JSON request body under {@code /api} (413 above) */
    public record Http(@DefaultValue("1MB") @NotNull DataSize maxJsonBody) {}
}
