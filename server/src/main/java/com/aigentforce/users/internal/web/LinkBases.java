package com.aigentforce.users.internal.web;

import com.aigentforce.platform.web.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address an admin's links start with: {@code AIGENTFORCE_PUBLIC_URL} when set, else the scheme, host and port
 * the admin reached us at, as Spring presents the request (so {@code X-Forwarded-*} count only when the
 * forward-headers setting trusts them).
 */
@Component
class LinkBases {

    record Base(String url, boolean fromSetting) {}

    private final PublicUrl publicUrl;

    LinkBases(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    Base of(HttpServletRequest request) {
        return publicUrl
                .configured()
                .map(url -> new Base(url, true))
                .orElseGet(() -> new Base(
                        ServletUriComponentsBuilder.fromContextPath(request)
                                .build()
                                .toUriString(),
                        false));
    }
}
