package com.aigentforce.platform.crypto;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The platform's source of randomness for secrets on hot paths (refresh tokens, ids, ECDSA signature nonces): a few
 * independent NIST SP 800-90A Hash_DRBG (SHA-256, 256-bit strength) instances, each seeded from the operating system
 * and picked by the calling thread. The JDK's default ({@code NativePRNG}) serialises every caller of every instance
 * on one global lock and mixes each request with a SHA1PRNG and a read of {@code /dev/urandom}; a DRBG generates in
 * memory, and several of them keep concurrent requests from queueing behind one another.
 *
 * <p>Only {@link #nextBytes(byte[])} is striped (everything else in {@link SecureRandom} draws through it);
 * {@link #setSeed} is ignored like the DRBGs' own reseeding from the operating system would make it moot.
 */
public final class StripedSecureRandom extends SecureRandom {

    private static final StripedSecureRandom SHARED = new StripedSecureRandom();

    private final transient SecureRandom[] stripes;

    private StripedSecureRandom() {
        super(new byte[0]); // the inherited generator is never used
        int count = Integer.highestOneBit(Math.max(2, Runtime.getRuntime().availableProcessors()) * 2 - 1);
        this.stripes = new SecureRandom[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = drbg();
        }
    }

    /** The shared instance; thread-safe. */
    public static SecureRandom shared() {
        return SHARED;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        stripes[(int) Thread.currentThread().threadId() & (stripes.length - 1)].nextBytes(bytes);
    }

    @Override
    public byte[] generateSeed(int numBytes) {
        return stripes[0].generateSeed(numBytes);
    }

    @Override
    public void setSeed(long seed) {
        // called once by SecureRandom's constructor; the DRBGs seed themselves from the operating system
    }

    @Override
    public void setSeed(byte[] seed) {}

    @Override
    public String getAlgorithm() {
        return "DRBG";
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance(
                    "DRBG", DrbgParameters.instantiation(256, DrbgParameters.Capability.RESEED_ONLY, null));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK's DRBG is not available", e);
        }
    }
}
