package com.aigentforce.realtime.internal;

import com.aigentforce.platform.web.ProblemWriter;
import com.aigentforce.platform.web.WebProperties;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Plain WebSocket (JSON text frames, no STOMP, no SockJS) at {@value #PATH}. Browsers may connect from the
 * application's own origin and from the origins allowed for CORS. The subprotocol {@value #PROTOCOL} is echoed; a
 * {@value #BEARER_PREFIX}{@code <token>} subprotocol offered next to it is taken as the credential and never echoed.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {

    static final String PATH = "/api/v1/ws";
    static final String PROTOCOL = "aigentforce.v1";
    static final String BEARER_PREFIX = "aigentforce.bearer.";

    private final GatewayHandler handler;
    private final ProblemWriter problems;
    private final String[] allowedOrigins;

    WebSocketConfig(GatewayHandler handler, ProblemWriter problems, WebProperties web) {
        this.handler = handler;
        this.problems = problems;
        this.allowedOrigins = web.cors().allowedOrigins().toArray(String[]::new);
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        ProblemHandshakeHandler handshake = new ProblemHandshakeHandler(problems);
        registry.addHandler(handler, PATH)
                .setHandshakeHandler(handshake)
                .addInterceptors(handshake, new BearerSubprotocol())
                .setAllowedOrigins(allowedOrigins);
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer(RealtimeProperties properties) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(properties.maxMessageBytes());
        container.setMaxBinaryMessageBufferSize(1024);
        return container;
    }

    /** Reads the credential from an {@code aigentforce.bearer.<token>} subprotocol, if the client offered one. */
    private static final class BearerSubprotocol implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(
                ServerHttpRequest request,
                ServerHttpResponse response,
                WebSocketHandler wsHandler,
                Map<String, Object> attributes) {
            request.getHeaders().getOrEmpty("Sec-WebSocket-Protocol").stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .filter(p -> p.startsWith(BEARER_PREFIX))
                    .findFirst()
                    .ifPresent(p -> attributes.put(GatewayHandler.CREDENTIAL, p.substring(BEARER_PREFIX.length())));
            return true;
        }

        @Override
        public void afterHandshake(
                ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler, Exception e) {}
    }
}
