package com.aigentforce.realtime.internal;

import com.aigentforce.platform.web.ProblemWriter;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * The standard handshake, with its refusals (not a GET, not an upgrade, unsupported version) answered as RFC 9457
 * problems like every other {@code /api} error instead of plain text.
 */
final class ProblemHandshakeHandler extends DefaultHandshakeHandler implements HandshakeInterceptor {

    private final ProblemWriter problems;

    ProblemHandshakeHandler(ProblemWriter problems) {
        this.problems = problems;
        setSupportedProtocols(WebSocketConfig.PROTOCOL);
    }

    /** Runs before the handshake (as an interceptor): the handshake itself answers a wrong method without a body. */
    @Override
    public boolean beforeHandshake(
            ServerHttpRequest request,
            ServerHttpResponse response,
            WebSocketHandler wsHandler,
            Map<String, Object> attributes) {
        if (request.getMethod() != HttpMethod.GET) {
            write(
                    request,
                    response,
                    HttpStatus.METHOD_NOT_ALLOWED,
                    "method-not-allowed",
                    "The WebSocket gateway accepts only a GET upgrade request",
                    Map.of("Allow", "GET"));
            return false;
        }
        return true;
    }

    @Override
    public void afterHandshake(
            ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler, Exception exception) {}

    @Override
    protected void handleInvalidUpgradeHeader(ServerHttpRequest request, ServerHttpResponse response) {
        write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "This is a WebSocket endpoint: send an Upgrade: websocket request",
                Map.of());
    }

    @Override
    protected void handleInvalidConnectHeader(ServerHttpRequest request, ServerHttpResponse response) {
        write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "This is a WebSocket endpoint: send Connection: Upgrade",
                Map.of());
    }

    @Override
    protected void handleWebSocketVersionNotSupported(ServerHttpRequest request, ServerHttpResponse response) {
        write(
                request,
                response,
                HttpStatus.UPGRADE_REQUIRED,
                "upgrade-required",
                "Only WebSocket version 13 is supported",
                Map.of("Sec-WebSocket-Version", "13"));
    }

    private void write(
            ServerHttpRequest request,
            ServerHttpResponse response,
            HttpStatus status,
            String type,
            String detail,
            Map<String, String> headers) {
        if (request instanceof ServletServerHttpRequest servletRequest
                && response instanceof ServletServerHttpResponse servletResponse) {
            try {
                headers.forEach(servletResponse.getServletResponse()::setHeader);
                problems.write(
                        servletRequest.getServletRequest(), servletResponse.getServletResponse(), status, type, detail);
            } catch (IOException e) {
                throw new HandshakeFailureException("Could not write the problem response", e);
            }
        } else {
            response.setStatusCode(status);
        }
    }
}
