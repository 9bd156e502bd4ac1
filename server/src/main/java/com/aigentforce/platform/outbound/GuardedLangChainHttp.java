package com.aigentforce.platform.outbound;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * LangChain4j's HTTP client SPI over {@link OutboundHttp}'s guarded Apache client, so provider traffic goes only to
 * targets the SSRF guard allows (checked at every connection and redirect hop). Given to LangChain4j's model
 * builders with {@code .httpClientBuilder(...)}; LangChain4j's own JDK client is not on the class path. A non-2xx
 * answer is a {@link ProviderHttpException} (LangChain4j's {@link HttpException} with the status, the body and the
 * provider's {@code Retry-After}), which LangChain4j maps to its exception types. Server-sent events (and Ollama's
 * JSON lines) are parsed as they arrive, so a stream's first delta reaches the listener before the stream ends.
 *
 * <p>Timeouts: LangChain4j's builders always pass their own defaults, so they are ignored; the client uses the
 * guarded client's ({@code aigentforce.outbound}) or, when constructed with them, the caller's own.
 */
public final class GuardedLangChainHttp implements HttpClientBuilder {

    private final OutboundHttp outbound;
    private final RequestConfig requestConfig;
    private Duration connectTimeout;
    private Duration readTimeout;

    /** With the guarded client's timeouts. */
    public GuardedLangChainHttp(OutboundHttp outbound) {
        this.outbound = outbound;
        this.requestConfig = outbound.requestConfig();
    }

    /**
     * With these timeouts: {@code connect} to establish a connection, {@code read} the longest silence while waiting
     * for an answer or between two parts of a stream.
     */
    @SuppressWarnings("deprecation") // a per-request connect timeout is still honoured by the pooling manager
    public GuardedLangChainHttp(OutboundHttp outbound, Duration connect, Duration read) {
        this.outbound = outbound;
        this.requestConfig = RequestConfig.copy(outbound.requestConfig())
                .setConnectTimeout(Timeout.of(connect))
                .setConnectionRequestTimeout(Timeout.of(connect))
                .setResponseTimeout(Timeout.of(read))
                .build();
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public HttpClient build() {
        return new Client(outbound, requestConfig);
    }

    private record Client(OutboundHttp outbound, RequestConfig config) implements HttpClient {

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            HttpUriRequestBase call = call(request);
            try {
                return outbound.httpClient().execute(call, response -> {
                    String body = response.getEntity() == null
                            ? ""
                            : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8);
                    return success(response, body);
                });
            } catch (IOException e) {
                throw OutboundHttp.failed(URI.create(request.url()), e);
            }
        }

        /**
         * Streams the body into the parser as it arrives. Errors (a refused target, a non-2xx answer, a connection
         * that fails or falls silent mid-stream) go to {@code listener.onError}; {@code onClose} follows a stream
         * that ended normally.
         */
        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            HttpUriRequestBase call;
            try {
                call = call(request);
            } catch (RuntimeException e) {
                listener.onError(e);
                return;
            }
            try (ClassicHttpResponse response = outbound.httpClient().executeOpen(null, call, null)) {
                int status = response.getCode();
                if (status < 200 || status >= 300) {
                    String body = response.getEntity() == null
                            ? ""
                            : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8);
                    listener.onError(error(response, body));
                    return;
                }
                listener.onOpen(success(response, null));
                if (response.getEntity() != null) {
                    try (InputStream body = response.getEntity().getContent()) {
                        parser.parse(body, listener);
                    }
                }
                listener.onClose();
            } catch (IOException e) {
                listener.onError(OutboundHttp.failed(URI.create(request.url()), e));
            } catch (RuntimeException e) {
                listener.onError(e);
            }
        }

        private HttpUriRequestBase call(HttpRequest request) {
            HttpUriRequestBase call = new HttpUriRequestBase(request.method().name(), URI.create(request.url()));
            call.setConfig(config);
            request.headers().forEach((name, values) -> values.forEach(value -> call.addHeader(name, value)));
            if (request.body() != null) {
                call.setEntity(new ByteArrayEntity(
                        request.body().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
            }
            return call;
        }

        private static SuccessfulHttpResponse success(ClassicHttpResponse response, String body) {
            int status = response.getCode();
            if (status < 200 || status >= 300) {
                throw error(response, body);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header header : response.getHeaders()) {
                headers.computeIfAbsent(header.getName(), n -> new ArrayList<>())
                        .add(header.getValue());
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(status)
                    .headers(headers)
                    .body(body)
                    .build();
        }

        private static ProviderHttpException error(ClassicHttpResponse response, String body) {
            Header retryAfter = response.getFirstHeader("Retry-After");
            return new ProviderHttpException(
                    response.getCode(), body, retryAfter == null ? null : retryAfter.getValue());
        }
    }
}
