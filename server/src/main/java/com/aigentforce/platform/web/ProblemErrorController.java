package com.aigentforce.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's {@code BasicErrorController}: whatever the container forwards to {@code /error} (a
 * {@code sendError} outside MVC, such as the 405 for {@code TRACE}, or an exception thrown by a filter) is answered
 * as a problem, never as Boot's {@code {"timestamp","error"}} JSON.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger LOGGER = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the error dispatch runs outside RequestIdFilter; the id it gave the request is on the response
        String requestId = response.getHeader(RequestIdFilter.HEADER);
        if (requestId != null) {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
        }
        try {
            ProblemDetail problem = problemFor(
                    request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500,
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null);
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            problems.write(response, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), problem);
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    private static ProblemDetail problemFor(int code, Throwable failure) {
        if (failure instanceof InvalidParameterException invalid) {
            LOGGER.debug(
                    "Request(id={}) has malformed parameters: {}",
                    MDC.get(RequestIdFilter.MDC_KEY),
                    invalid.getMessage());
            return ProblemResponses.problem(
                    HttpStatus.BAD_REQUEST, "malformed-request", ContainerProblems.MALFORMED_PARAMETERS);
        }
        if (failure instanceof HttpMessageNotReadableException) {
            // a filter that reads the body (FormContentFilter for PUT/DELETE forms) found it undecodable
            return ProblemResponses.problem(
                    HttpStatus.BAD_REQUEST, "malformed-request", ContainerProblems.MALFORMED_PARAMETERS);
        }
        if (failure instanceof ErrorResponse known) {
            code = known.getStatusCode().value();
        }
        HttpStatusCode status = HttpStatusCode.valueOf(code >= 400 && code <= 599 ? code : 500);
        if (status.is5xxServerError()) {
            LOGGER.error("Request(id={}) failed unexpectedly with {}", MDC.get(RequestIdFilter.MDC_KEY), code, failure);
            return ProblemResponses.problem(status, "internal", "An unexpected error occurred; it has been logged");
        }
        return ProblemResponses.problem(status, ContainerProblems.type(status), ContainerProblems.detail(status));
    }
}
