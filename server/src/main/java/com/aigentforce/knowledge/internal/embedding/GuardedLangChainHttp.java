package com.aigentforce.knowledge.internal.embedding;

import com.aigentforce.platform.outbound.OutboundHttp;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * LangChain4j's HTTP client SPI over {@link OutboundHttp}'s guarded Apache client, so provider traffic goes only to
 * targets the SSRF guard allows (checked at every connection and redirect hop). Given to LangChain4j's model
 * builders with {@code .httpClientBuilder(...)}; LangChain4j's own JDK client is not on the class path. A non-2xx
 * answer is a LangChain4j {@link HttpException} (status and body), which LangChain4j maps to its exception types.
 */
final class GuardedLangChainHttp implements HttpClientBuilder {

    private final OutboundHttp outbound;
    private Duration connectTimeout;
    private Duration readTimeout;

    GuardedLangChainHttp(OutboundHttp outbound) {
        this.outbound = outbound;
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

    /** The guarded client has its own timeouts (aigentforce.outbound); LangChain4j's are not applied on top. */
    @Override
    public HttpClient build() {
        return new Client(outbound);
    }

    private record Client(OutboundHttp outbound) implements HttpClient {

        @Override
        public SuccessfulHttpResponse execute(HttpRequest request) {
            HttpUriRequestBase call = new HttpUriRequestBase(request.method().name(), URI.create(request.url()));
            request.headers().forEach((name, values) -> values.forEach(value -> call.addHeader(name, value)));
            if (request.body() != null) {
                call.setEntity(new ByteArrayEntity(
                        request.body().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
            }
            try {
                return outbound.httpClient().execute(call, Client::answer);
            } catch (IOException e) {
                throw new UncheckedIOException("the request to " + call.getAuthority() + " failed", e);
            }
        }

        private static SuccessfulHttpResponse answer(ClassicHttpResponse response) throws IOException {
            String body = response.getEntity() == null
                    ? ""
                    : new String(EntityUtils.toByteArray(response.getEntity()), StandardCharsets.UTF_8);
            int status = response.getCode();
            if (status < 200 || status >= 300) {
                throw new HttpException(status, body);
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

        /** Server-sent events, read whole and then parsed (embeddings never stream; this keeps the SPI complete). */
        @Override
        public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
            SuccessfulHttpResponse response;
            try {
                response = execute(request);
            } catch (RuntimeException e) {
                listener.onError(e);
                return;
            }
            listener.onOpen(response);
            parser.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), listener);
            listener.onClose();
        }
    }
}
