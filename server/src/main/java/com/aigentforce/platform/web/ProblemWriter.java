package com.aigentforce.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem response directly, for code that runs before Spring MVC (filters, security entry points). */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        write(response, request.getRequestURI(), ProblemResponses.problem(status, type, detail));
    }

    /** Writes the problem with {@code instance} set to the path, when the path is a valid URI reference. */
    void write(HttpServletResponse response, String path, ProblemDetail problem) throws IOException {
        URI instance = instanceOf(path);
        if (instance != null) {
            problem.setInstance(instance);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    String toJson(ProblemDetail problem) {
        return json.writeValueAsString(problem);
    }

    /** The path as a problem's {@code instance}; null for paths that are not valid URIs (the request was refused). */
    static URI instanceOf(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
