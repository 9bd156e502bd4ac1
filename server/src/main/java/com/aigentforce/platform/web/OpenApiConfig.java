package com.aigentforce.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** API metadata, the bearer security scheme and the problem responses every operation can give. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI aigentforceOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("AiGentForce API")
                        .version("v1")
                        .description("Multi-tenant platform for AI role training. Errors are RFC 9457 problem details; "
                                + "each operation's permission is given as `x-permission`.")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        Map<String, String> common = Map.of(
                "400", "Malformed request (invalid JSON or parameter)",
                "401", "Missing, invalid, expired or revoked credentials",
                "403", "The caller lacks the permission",
                "404", "Not found (also for another organisation's objects)",
                "413", "Request body too large",
                "415", "Unsupported content type",
                "422", "Validation failed; `errors` lists each field",
                "429", "Too many requests; see Retry-After");
        return openApi -> openApi.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    common.forEach((status, description) -> {
                        if (operation.getResponses() != null
                                && !operation.getResponses().containsKey(status)) {
                            operation
                                    .getResponses()
                                    .addApiResponse(
                                            status,
                                            new ApiResponse()
                                                    .description(description)
                                                    .content(
                                                            new Content()
                                                                    .addMediaType(
                                                                            "application/problem+json",
                                                                            new MediaType()
                                                                                    .schema(
                                                                                            new Schema<>()
                                                                                                    .$ref(
                                                                                                            "#/components/schemas/Problem")))));
                        }
                    });
                }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema fieldError = new Schema<>()
                .type("object")
                .addProperty("field", new Schema<>().type("string"))
                .addProperty("message", new Schema<>().type("string"));
        return new Schema<>()
                .type("object")
                .description("RFC 9457 problem details")
                .addProperty("type", new Schema<>().type("string").format("uri"))
                .addProperty("title", new Schema<>().type("string"))
                .addProperty("status", new Schema<>().type("integer"))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("instance", new Schema<>().type("string"))
                .addProperty("requestId", new Schema<>().type("string"))
                .addProperty("errors", new Schema<>().type("array").items(fieldError));
    }
}
