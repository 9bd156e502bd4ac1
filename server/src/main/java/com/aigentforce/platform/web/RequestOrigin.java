package com.aigentforce.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current request comes from, for audit records and throttling. */
public record RequestOrigin(String ip, String userAgent) {

    private static final int MAX_USER_AGENT = 256;

    public static RequestOrigin current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return new RequestOrigin(null, null);
    }

    public static RequestOrigin of(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > MAX_USER_AGENT) {
            agent = agent.substring(0, MAX_USER_AGENT);
        }
        return new RequestOrigin(request.getRemoteAddr(), agent);
    }
}
