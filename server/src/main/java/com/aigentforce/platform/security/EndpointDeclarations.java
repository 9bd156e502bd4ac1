package com.aigentforce.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Refuses to start when an {@code /api} handler declares neither a permission nor that it is public. */
@Component
class EndpointDeclarations {

    private final RequestMappingHandlerMapping mapping;

    EndpointDeclarations(RequestMappingHandlerMapping requestMappingHandlerMapping) {
        this.mapping = requestMappingHandlerMapping;
    }

    @EventListener(ApplicationStartedEvent.class)
    void verify() {
        List<String> undeclared = new ArrayList<>();
        mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            boolean api = info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
            boolean declared = method.hasMethodAnnotation(RequiresPermission.class)
                    || method.hasMethodAnnotation(PublicEndpoint.class);
            if (api && !declared) {
                undeclared.add(info + " -> " + method);
            }
        });
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException(
                    "API endpoints without @RequiresPermission or @PublicEndpoint: " + undeclared);
        }
    }
}
