package com.aigentforce.platform.outbound;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Runs for the first request and for every redirect hop before anything is connected: refuses schemes other than
 * http and https, and targets that come with a ready-made address (which would skip the {@link GuardedDnsResolver}).
 * Routes are always direct: the guarded client uses no proxy, so the checked address is the one connected to.
 */
final class GuardedRoutePlanner implements HttpRoutePlanner {

    private final HttpRoutePlanner direct = new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE);
    private final TargetPolicy policy;

    GuardedRoutePlanner(TargetPolicy policy) {
        this.policy = policy;
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpContext context) throws HttpException {
        check(target);
        return direct.determineRoute(target, context);
    }

    @Override
    public HttpRoute determineRoute(HttpHost target, HttpRequest request, HttpContext context) throws HttpException {
        check(target);
        return direct.determineRoute(target, request, context);
    }

    private void check(HttpHost target) throws HttpException {
        Schemes.check(target.getSchemeName(), target.getHostName());
        if (target.getAddress() != null) {
            int port = DefaultSchemePortResolver.INSTANCE.resolve(target);
            policy.check(target.getHostName(), target.getAddress(), port);
        }
    }
}
