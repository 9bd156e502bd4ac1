package com.aigentforce.platform.startup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Spring Boot's own analysis of a taken HTTP port, in our terms: which setting moves it, how to find the holder. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        int port = cause.getPort();
        return new FailureAnalysis(
                "Port " + port + " is already in use, so the web server cannot start (is AiGentForce running "
                        + "already?).",
                "Stop the process listening on port " + port + " (ss -ltnp 'sport = :" + port + "' shows it), or "
                        + "set AIGENTFORCE_PORT to a free port.",
                cause);
    }
}
