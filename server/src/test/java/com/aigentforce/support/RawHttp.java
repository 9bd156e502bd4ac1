package com.aigentforce.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends requests byte for byte over a socket, for input that {@link Api}'s HTTP client refuses to send: broken
 * percent-escapes, control characters in headers, truncated bodies, oversized header blocks.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** Sends the request line and headers as given (Host and Connection: close are added) and then the body. */
    public Response send(String method, String target, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        head.append("Host: localhost:").append(port).append("\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null && !headers.containsKey("Content-Length")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            socket.shutdownOutput();
            return Response.parse(method + " " + target, readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target + " failed", e);
        }
    }

    public Response send(String method, String target, Map<String, String> headers) {
        return send(method, target, headers, null);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // a server that resets after answering still answered; what arrived is the response
        }
        return all.toByteArray();
    }

    public record Response(String request, int status, Map<String, String> headers, String text) {

        static Response parse(String request, byte[] raw) {
            int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            assertThat(end)
                    .as("%s answered no complete response: %s", request, new String(raw, StandardCharsets.UTF_8))
                    .isPositive();
            String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new Response(request, status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
            int at = 0;
            while (true) {
                int eol = indexOf(chunked, crlf, at);
                if (eol < 0) {
                    return body.toByteArray();
                }
                String sizeLine = new String(chunked, at, eol - at, StandardCharsets.ISO_8859_1);
                int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, eol + 2, Math.min(size, chunked.length - eol - 2));
                at = eol + 2 + size + 2;
            }
        }

        private static int indexOf(byte[] data, byte[] needle, int from) {
            outer:
            for (int i = from; i <= data.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (data[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public JsonNode body() {
            return JSON.readTree(text);
        }

        /** Asserts an RFC 9457 problem response with this status. */
        public Response expectProblem(int expected) {
            assertThat(status).as("%s -> %s", request, text).isEqualTo(expected);
            assertThat(contentType()).as("%s -> %s", request, text).startsWith("application/problem+json");
            assertThat(body().path("status").asInt()).isEqualTo(expected);
            assertThat(body().path("type").asString()).startsWith("https://aigentforce.dev/problems/");
            assertThat(body().path("detail").asString()).isNotBlank();
            return this;
        }
    }
}
