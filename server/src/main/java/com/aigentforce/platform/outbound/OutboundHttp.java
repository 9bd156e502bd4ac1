package com.aigentforce.platform.outbound;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The way every module makes HTTP requests to addresses that come from users or tenants (webhooks, LLM endpoints,
 * URL imports). Each connection — the first and every redirect hop — goes only to addresses the SSRF guard checked
 * (see docs/security.md): internal addresses and non-http(s) schemes are refused with {@link OutboundTargetRefused}
 * unless the administrator's allow-list covers them; bodies above the size cap end in
 * {@link OutboundResponseTooLarge}; unreachable hosts, timeouts and redirect loops in {@link OutboundRequestFailed}.
 * No proxy, no content decompression (so the cap counts what arrives), no cookies kept between requests.
 */
public final class OutboundHttp implements AutoCloseable {

    private final CloseableHttpClient client;
    private final DnsResolver resolver;
    private final RequestConfig requestConfig;

    public OutboundHttp(OutboundProperties properties) {
        this(properties, UnaryOperator.identity());
    }

    /** For tests: {@code resolverWrapper} sees every resolution the guard let through. */
    OutboundHttp(OutboundProperties properties, UnaryOperator<DnsResolver> resolverWrapper) {
        TargetPolicy policy = new TargetPolicy(properties.allow());
        this.resolver = resolverWrapper.apply(new GuardedDnsResolver(policy));
        Timeout connect = Timeout.of(properties.connectTimeout());
        Timeout read = Timeout.of(properties.readTimeout());
        this.requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setResponseTimeout(read)
                .setRedirectsEnabled(properties.maxRedirects() > 0)
                .setMaxRedirects(properties.maxRedirects())
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect)
                                .setSocketTimeout(read)
                                .build())
                        .setMaxConnTotal(100)
                        .setMaxConnPerRoute(20)
                        .build())
                .setRoutePlanner(new GuardedRoutePlanner(policy))
                .setRedirectStrategy(new GuardedRedirects())
                .setDefaultRequestConfig(requestConfig)
                .addExecInterceptorAfter(
                        ChainElement.REDIRECT.name(),
                        "response-size-limit",
                        new ResponseSizeLimit(properties.maxResponseSize().toBytes()))
                .disableContentCompression()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /**
     * Checks a URL now, the way a request to it would be checked, for early feedback when someone saves a webhook
     * or endpoint URL. Requests are checked again at every connection (DNS may answer differently later), so this
     * is a convenience, not the guard. Throws {@link OutboundTargetRefused} or, for an unknown host,
     * {@link OutboundRequestFailed}.
     */
    public void checkTarget(URI url) {
        Schemes.check(url);
        if (url.getHost() == null) {
            throw new OutboundTargetRefused(String.valueOf(url), "the URL names no host");
        }
        int port = url.getPort() >= 0 ? url.getPort() : url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        try {
            resolver.resolve(url.getHost(), port);
        } catch (UnknownHostException e) {
            throw failed(url, e);
        }
    }

    /** The guarded Apache HttpClient itself, for libraries that take one; do not close it. */
    public CloseableHttpClient httpClient() {
        return client;
    }

    /**
     * A new {@link RestClient.Builder} on the guarded client (for example for LangChain4j's Spring RestClient
     * transport); connection failures surface as {@link OutboundRequestFailed}.
     */
    public RestClient.Builder restClient() {
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(client);
        return RestClient.builder().requestFactory(factory).requestInterceptor(failuresAsProblems());
    }

    /** The client's request settings, for a request that changes some of them (e.g. its own timeouts). */
    RequestConfig requestConfig() {
        return requestConfig;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    private static ClientHttpRequestInterceptor failuresAsProblems() {
        return (request, body, execution) -> {
            Schemes.check(request.getURI());
            try {
                return execution.execute(request, body);
            } catch (IOException e) {
                throw failed(request.getURI(), e);
            }
        };
    }

    static OutboundRequestFailed failed(URI uri, IOException e) {
        String host = uri.getHost() == null ? String.valueOf(uri) : uri.getHost();
        return new OutboundRequestFailed(host, reason(e), e);
    }

    private static String reason(IOException e) {
        Throwable cause = e instanceof ClientProtocolException && e.getCause() != null ? e.getCause() : e;
        return switch (cause) {
            case UnknownHostException u -> "the host name does not resolve";
            case ConnectException c -> "the connection was refused";
            case InterruptedIOException t -> "it timed out";
            case RedirectException r -> "too many or circular redirects";
            default -> "the connection failed (" + cause.getClass().getSimpleName() + ")";
        };
    }
}
