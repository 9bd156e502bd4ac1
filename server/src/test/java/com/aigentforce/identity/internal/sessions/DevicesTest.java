package com.aigentforce.identity.internal.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DevicesTest {

    @Test
    void namesTheBrowserAndTheSystemEvenWhenABrowserClaimsToBeAnother() {
        assertThat(
                        Devices.describe(
                                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
                .isEqualTo("Edge on Windows");
        assertThat(
                        Devices.describe(
                                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"))
                .isEqualTo("Safari on macOS");
        assertThat(
                        Devices.describe(
                                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
                .isEqualTo("Safari on iOS");
        assertThat(
                        Devices.describe(
                                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome on Android");
        assertThat(Devices.describe("curl/8.5.0")).isEqualTo("curl");
    }

    @Test
    void anUnknownOrMissingHeaderReadsUnknownDevice() {
        assertThat(Devices.describe(null)).isEqualTo("Unknown device");
        assertThat(Devices.describe(" ")).isEqualTo("Unknown device");
        assertThat(Devices.describe("Java-http-client/25")).isEqualTo("Unknown device");
    }
}
