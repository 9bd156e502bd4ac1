package com.aigentforce.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's error report for requests it refuses before they reach the application (an invalid path, headers over
 * {@code server.max-http-request-header-size}): a problem instead of Tomcat's HTML page. Errors inside the
 * application reach {@link ProblemErrorController} or the MVC advice first and never get here.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final ProblemWriter problems;

    ProblemErrorReportValve(ProblemWriter problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem;
        if (headersTooLarge(failure)) {
            HttpStatusCode status = HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            Object limit = request.getConnector().getProperty("maxHttpRequestHeaderSize");
            problem = ProblemResponses.problem(
                    status,
                    ContainerProblems.type(status),
                    "The request headers exceed the server's limit of " + limit + " bytes");
            problem.setProperty("limitBytes", limit);
            response.setStatus(status.value());
        } else {
            HttpStatusCode status = HttpStatusCode.valueOf(code <= 599 ? code : 500);
            problem =
                    ProblemResponses.problem(status, ContainerProblems.type(status), ContainerProblems.detail(status));
        }
        var instance = ProblemWriter.instanceOf(request.getRequestURI());
        if (instance != null) {
            problem.setInstance(instance);
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problems.toJson(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was closed meanwhile; nothing left to tell it
        }
    }

    private static boolean headersTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("header") && message.contains("too large")) {
                return true;
            }
        }
        return false;
    }
}
