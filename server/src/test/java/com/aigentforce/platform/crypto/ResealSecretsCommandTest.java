package com.aigentforce.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.aigentforce.AiGentForceApplication;
import com.aigentforce.support.Api;
import com.aigentforce.support.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documented key-rotation procedure, end to end: start under key A; configure key B with A as a previous key and
 * run {@code reseal-secrets}; afterwards the platform starts with key B alone, and the signing keys on disk and the
 * TOTP secrets in the database are all stored under B.
 */
class ResealSecretsCommandTest {

    static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    static final String KEY_B = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path dataDir;

    @Test
    void resealSecretsMovesEveryStoredSecretToTheNewKey() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ConfigurableApplicationContext underA = start("--aigentforce.encryption.key=" + KEY_A)) {
            // a TOTP enrolment stores a sealed secret in the database
            Api api = new Api(
                    ((WebServerApplicationContext) underA).getWebServer().getPort());
            String token = new Fixtures(api).organisation().owner().accessToken();
            api.post("/api/v1/auth/mfa/totp/enroll", null).bearer(token).send().expect(200);
            assertThat(totpKeyIds(underA)).containsOnly(keyIdsOnDisk().getFirst());
        }
        String keyIdA = keyIdsOnDisk().getFirst();

        start(
                        "--aigentforce.command=reseal-secrets",
                        "--aigentforce.encryption.key=" + KEY_B,
                        "--aigentforce.encryption.previous-keys=" + KEY_A)
                .close();
        List<String> after = keyIdsOnDisk();
        assertThat(after).isNotEmpty().doesNotContain(keyIdA).containsOnly(after.getFirst());

        try (ConfigurableApplicationContext onlyB = start("--aigentforce.encryption.key=" + KEY_B)) {
            assertThat(totpKeyIds(onlyB)).containsOnly(after.getFirst());
            SecretCipher cipher = onlyB.getBean(SecretCipher.class);
            JdbcClient jdbc = onlyB.getBean(JdbcClient.class);
            onlyB.getBean(TransactionTemplate.class)
                    .executeWithoutResult(tx -> jdbc.sql("select secret from mfa_totp")
                            .query(String.class)
                            .list()
                            .forEach(stored -> assertThat(cipher.open(stored)).isNotBlank()));
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--aigentforce.data-dir=" + dataDir,
                "--aigentforce.db.embedded-clean=false"));
        args.addAll(List.of(extra));
        return AiGentForceApplication.start(args.toArray(String[]::new));
    }

    /** The encryption key ids the TOTP secrets are sealed under, read straight from the node's database. */
    private static List<String> totpKeyIds(ConfigurableApplicationContext node) {
        JdbcClient jdbc = node.getBean(JdbcClient.class);
        return node.getBean(TransactionTemplate.class)
                .execute(tx -> jdbc.sql("select secret from mfa_totp").query(String.class).list().stream()
                        .map(stored -> stored.split(":", 3)[1])
                        .toList());
    }

    /** The encryption key id each signing-key file is stored under ({@code v1:<key id>:…}). */
    private List<String> keyIdsOnDisk() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("keys"))) {
            List<String> ids = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jwk.json")).toList()) {
                ids.add(Files.readString(file).split(":", 3)[1]);
            }
            return ids;
        }
    }
}
