package com.aigentforce.platform.web;

import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web UI from {@code classpath:/static}. Hashed assets are cached for a year and sent
 * gzip-compressed (files compressed at build time) to browsers that accept it; any other path that is
 * not a file and not a server path falls back to {@code index.html} so client-side routes survive a reload.
 * Unknown {@code /api} paths stay 404 problems.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfig implements WebMvcConfigurer {

    private static final String[] SERVER_PREFIXES = {"api/", "actuator", "v3/", "swagger-ui", ".well-known/"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                // the web build writes a .gz twin of every script and style sheet
                .addResolver(new EncodedResourceResolver())
                .addResolver(new PathResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new SpaFallbackResolver());
    }

    private static final class SpaFallbackResolver extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource requested = location.createRelative(resourcePath);
            if (requested.exists() && requested.isReadable()) {
                return requested;
            }
            for (String prefix : SERVER_PREFIXES) {
                if (resourcePath.startsWith(prefix)) {
                    return null;
                }
            }
            if (resourcePath.contains(".")) {
                return null; // a missing file, not a client route
            }
            Resource index = new ClassPathResource("static/index.html");
            return index.exists() ? index : null;
        }
    }
}
