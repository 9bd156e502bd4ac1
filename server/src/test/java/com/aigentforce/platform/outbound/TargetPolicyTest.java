package com.aigentforce.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::200e"})
    void publicAddressesAreNotRefused(String address) throws UnknownHostException {
        assertThat(TargetPolicy.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void anAddressEntryCoversItsRangeOnAnyPortAndAPortEntryOnlyItsPort() throws UnknownHostException {
        TargetPolicy policy = new TargetPolicy(List.of("10.1.0.0/16", "127.0.0.1:8080", "[::1]:9090"));
        policy.check("x", InetAddress.getByName("10.1.200.3"), 443);
        policy.check("x", InetAddress.getByName("127.0.0.1"), 8080);
        policy.check("x", InetAddress.getByName("::1"), 9090);
        assertThatThrownBy(() -> policy.check("x", InetAddress.getByName("10.2.0.1"), 443))
                .isInstanceOf(OutboundTargetRefused.class);
        assertThatThrownBy(() -> policy.check("x", InetAddress.getByName("127.0.0.1"), 8081))
                .isInstanceOf(OutboundTargetRefused.class);
        assertThatThrownBy(() -> policy.check("x", InetAddress.getByName("::1"), 9091))
                .isInstanceOf(OutboundTargetRefused.class);
    }

    @Test
    void hostNameEntriesMatchTheNameOrItsSubdomains() {
        TargetPolicy policy = new TargetPolicy(List.of("ollama.internal:11434", "*.corp.example"));
        assertThat(policy.allowsHostName("ollama.internal", 11434)).isTrue();
        assertThat(policy.allowsHostName("OLLAMA.internal", 11434)).isTrue();
        assertThat(policy.allowsHostName("ollama.internal", 80)).isFalse();
        assertThat(policy.allowsHostName("evil-ollama.internal", 11434)).isFalse();
        assertThat(policy.allowsHostName("wiki.corp.example", 443)).isTrue();
        assertThat(policy.allowsHostName("corp.example", 443)).isFalse();
        assertThat(policy.allowsHostName("corp.example.evil.com", 443)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/99", "127.0.0.1:99999", "host:port", "[::1", "under_score.example", "*"})
    void invalidAllowListEntriesStopStartUpWithAClearMessage(String entry) {
        assertThatThrownBy(() -> new TargetPolicy(List.of(entry)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AIGENTFORCE_OUTBOUND_ALLOW")
                .hasMessageContaining(entry);
    }
}
