package com.aigentforce.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the permission ({@code resource:action}) an endpoint needs. Checked by {@link PermissionInterceptor}
 * before the request body is read, so a caller without the permission learns nothing about validation, and
 * published in the OpenAPI document as {@code x-permission}. Every {@code /api} handler must carry one
 * (or {@link PublicEndpoint}); startup fails otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresPermission {

    String value();
}
