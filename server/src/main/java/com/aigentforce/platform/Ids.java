package com.aigentforce.platform;

import com.aigentforce.platform.crypto.StripedSecureRandom;
import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUID version 7 ids (RFC 9562) for rows written outside Hibernate's generator. */
public final class Ids {

    private static final SecureRandom RANDOM = StripedSecureRandom.shared();

    private Ids() {}

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
