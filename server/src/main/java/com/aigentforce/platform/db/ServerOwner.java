package com.aigentforce.platform.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process that started a data directory's server, and the port it listens on. */
record ServerOwner(long pid, int port) {

    static ServerOwner read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String[] fields = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+");
        try {
            return new ServerOwner(Long.parseLong(fields[0]), Integer.parseInt(fields[1]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException unreadable) {
            return null;
        }
    }

    boolean isOtherLiveProcess() {
        return pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    void write(Path file) throws IOException {
        Files.writeString(file, pid + " " + port + "\n", StandardCharsets.UTF_8);
    }
}
