package com.aigentforce.platform.outbound;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An outbound request was not sent because its target is not allowed: a loopback, private, link-local, metadata or
 * otherwise internal address (after DNS resolution, on any redirect hop), or a scheme other than http and https.
 * Rendered as 422 with the host and the reason, so the person who gave the URL learns what to change.
 */
public final class OutboundTargetRefused extends DomainException {

    private final String host;
    private final String reason;

    OutboundTargetRefused(String host, String reason) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "outbound-target-refused",
                "Outbound request to '" + host + "' refused: " + reason
                        + " (an administrator can allow it with AIGENTFORCE_OUTBOUND_ALLOW)",
                Map.of("host", host, "reason", reason));
        this.host = host;
        this.reason = reason;
    }

    public String host() {
        return host;
    }

    public String reason() {
        return reason;
    }
}
