package com.aigentforce.platform.security;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/** Publishes each operation's permission as {@code x-permission} and marks public operations as such. */
@Component
class PermissionOpenApiCustomizer implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        RequiresPermission required = handlerMethod.getMethodAnnotation(RequiresPermission.class);
        if (required != null) {
            operation.addExtension("x-permission", required.value());
            String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(description + "Requires permission `" + required.value() + "`.");
        }
        if (handlerMethod.hasMethodAnnotation(PublicEndpoint.class)) {
            operation.addExtension("x-public", true);
            operation.setSecurity(List.of(new SecurityRequirement()));
        }
        return operation;
    }
}
