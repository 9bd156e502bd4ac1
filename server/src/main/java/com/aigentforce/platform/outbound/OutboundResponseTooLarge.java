package com.aigentforce.platform.outbound;

import com.aigentforce.platform.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The remote server sent more than the configured maximum; reading stopped there. Rendered as 502. */
public final class OutboundResponseTooLarge extends DomainException {

    private final long limitBytes;

    OutboundResponseTooLarge(String host, long limitBytes) {
        super(
                HttpStatus.BAD_GATEWAY,
                "outbound-response-too-large",
                "The response from '" + host + "' is larger than " + limitBytes + " bytes",
                Map.of("host", host, "limitBytes", limitBytes));
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
