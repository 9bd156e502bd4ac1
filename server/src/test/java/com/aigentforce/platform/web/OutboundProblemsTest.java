package com.aigentforce.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aigentforce.platform.outbound.OutboundHttp;
import com.aigentforce.platform.outbound.OutboundProperties;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A refused or failed outbound request reaches the client as a problem saying why, never as a 500. */
class OutboundProblemsTest {

    private final OutboundHttp outbound = new OutboundHttp(new OutboundProperties(null, null, null, null, null));

    @RestController
    class Fetching {
        @GetMapping("/fetch")
        void fetch(@RequestParam String url) {
            outbound.checkTarget(URI.create(url));
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Fetching())
            .setControllerAdvice(new ProblemDetailsAdvice())
            .build();

    @AfterEach
    void close() throws Exception {
        outbound.close();
    }

    @Test
    void aRefusedTargetIsA422ProblemNamingTheHostAndReason() throws Exception {
        mvc.perform(get("/fetch").param("url", "http://169.254.169.254/latest/meta-data/"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://aigentforce.dev/problems/outbound-target-refused"))
                .andExpect(jsonPath("$.host").value("169.254.169.254"))
                .andExpect(jsonPath("$.reason").value("169.254.169.254 is a cloud metadata address"));
    }

    @Test
    void anUnresolvableHostIsA502Problem() throws Exception {
        mvc.perform(get("/fetch").param("url", "https://no-such-host.invalid/hook"))
                .andExpect(status().isBadGateway())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://aigentforce.dev/problems/outbound-request-failed"))
                .andExpect(jsonPath("$.reason").value("the host name does not resolve"));
    }
}
