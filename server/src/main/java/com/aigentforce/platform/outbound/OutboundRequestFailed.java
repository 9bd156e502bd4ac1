package com.aigentforce.platform.outbound;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The remote server could not be reached or did not answer properly: unknown host, connection refused, timeout,
 * too many redirects. Rendered as 502 with the host and a short reason (never the response body).
 */
public final class OutboundRequestFailed extends DomainException {

    OutboundRequestFailed(String host, String reason, Throwable cause) {
        super(
                HttpStatus.BAD_GATEWAY,
                "outbound-request-failed",
                "The request to '" + host + "' failed: " + reason,
                Map.of("host", host, "reason", reason));
        initCause(cause);
    }
}
