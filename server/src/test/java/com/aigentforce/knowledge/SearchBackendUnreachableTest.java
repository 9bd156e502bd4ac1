package com.aigentforce.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.AiGentForceApplication;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A node configured for a search cluster that does not answer refuses to start, naming the address, instead of
 * starting and failing every search.
 */
class SearchBackendUnreachableTest {

    @TempDir(cleanup = CleanupMode.ALWAYS)
    Path dataDir;

    @Test
    void aNodeWhoseSearchClusterDoesNotAnswerRefusesToStartAndNamesTheAddress() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String nobodyListens;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobodyListens = "http://127.0.0.1:" + socket.getLocalPort();
        }
        assertThatThrownBy(() -> start(
                        "--aigentforce.search.backend=elasticsearch", "--aigentforce.search.uris=" + nobodyListens))
                .satisfies(e -> assertThat(causes(e)).contains(nobodyListens.substring("http://".length())));
    }

    private void start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--aigentforce.data-dir=" + dataDir;
        System.arraycopy(args, 0, all, 2, args.length);
        new SpringApplicationBuilder(AiGentForceApplication.class)
                .profiles("test")
                .run(all)
                .close();
    }

    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
