package com.aigentforce.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantSlugTest {

    @Test
    void slugsAreLowerCaseAsciiWithDashes() {
        assertThat(TenantService.slugOf("Acme Corp.")).isEqualTo("acme-corp");
        assertThat(TenantService.slugOf("  Crème Brûlée & Co ")).isEqualTo("creme-brulee-co");
        assertThat(TenantService.slugOf("日本")).isEqualTo("org");
        assertThat(TenantService.slugOf("x".repeat(80))).hasSize(40);
    }
}
