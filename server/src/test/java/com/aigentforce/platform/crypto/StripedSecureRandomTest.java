package com.aigentforce.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StripedSecureRandomTest {

    private final SecureRandom random = StripedSecureRandom.shared();

    @Test
    void everyDrawIsFreshAcrossManyConcurrentThreads() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<? extends java.util.concurrent.Future<?>> draws = IntStream.range(0, 64)
                    .mapToObj(t -> threads.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            byte[] bytes = new byte[16];
                            random.nextBytes(bytes);
                            seen.add(HexFormat.of().formatHex(bytes));
                        }
                    }))
                    .toList();
            for (var draw : draws) {
                draw.get();
            }
        }
        assertThat(seen).hasSize(64 * 200);
    }

    @Test
    void numbersDrawnThroughItAreSpreadOverTheirRange() {
        Set<Integer> buckets = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            buckets.add(random.nextInt(16));
        }
        assertThat(buckets).hasSize(16);
        assertThat(random.nextLong()).isNotEqualTo(random.nextLong());
    }

    @Test
    void es256SignaturesMadeWithItVerifyAndDifferEachTime() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        byte[] message = "header.claims".getBytes();

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate(), random);
        signer.update(message);
        byte[] first = signer.sign();
        signer.update(message);
        byte[] second = signer.sign();

        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(keys.getPublic());
        verifier.update(message);
        assertThat(verifier.verify(first)).isTrue();
        verifier.update(message);
        assertThat(verifier.verify(second)).isTrue();
        assertThat(first).isNotEqualTo(second); // a fresh nonce per signature
    }
}
