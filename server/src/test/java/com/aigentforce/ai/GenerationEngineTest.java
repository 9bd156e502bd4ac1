package com.aigentforce.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aigentforce.ai.internal.engine.AiProviderFailed;
import com.aigentforce.ai.internal.engine.AiProviderUnavailable;
import com.aigentforce.ai.internal.engine.ChatTurn;
import com.aigentforce.ai.internal.engine.GenerationEngine;
import com.aigentforce.ai.internal.engine.GenerationHandle;
import com.aigentforce.ai.internal.engine.GenerationListener;
import com.aigentforce.ai.internal.engine.GenerationRequest;
import com.aigentforce.ai.internal.engine.GenerationResult;
import com.aigentforce.ai.internal.engine.GenerationResult.FinishReason;
import com.aigentforce.ai.internal.engine.ToolCall;
import com.aigentforce.ai.internal.engine.ToolSpec;
import com.aigentforce.ai.support.AiFixtures;
import com.aigentforce.ai.support.ProviderProtocolServer;
import com.aigentforce.platform.Throttled;
import com.aigentforce.support.ApiTestSupport;
import com.aigentforce.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The generation engine with the real LangChain4j clients (OpenAI, Ollama, Anthropic) against a loopback server that
 * speaks their wire protocols: complete and streamed answers with usage, tool calls, retries honouring Retry-After,
 * provider errors in the provider's words, garbage and silence ending in a typed error (never a hang), cancellation,
 * the per-tenant limit and the circuit breaker.
 */
@TestPropertySource(
        properties = {
            "aigentforce.ai.read-timeout=1s",
            "aigentforce.ai.retry-backoff=10ms",
            "aigentforce.ai.max-attempts=3",
            "aigentforce.ai.concurrent-generations-per-tenant=2",
            "aigentforce.ai.breaker-window=4"
        })
class GenerationEngineTest extends ApiTestSupport {

    private static final String KEY = "sk-engine-" + UUID.randomUUID();
    private static final List<ChatTurn> HELLO = List.of(ChatTurn.system("You are terse."), ChatTurn.user("Say hello"));

    @Autowired
    GenerationEngine engine;

    ProviderProtocolServer server;
    AiFixtures ai;
    UUID tenant;
    String owner;

    @BeforeEach
    void start() {
        server = new ProviderProtocolServer(KEY);
        ai = new AiFixtures(api);
        var org = fixtures.organisation();
        tenant = org.tenantId();
        owner = org.owner().accessToken();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void openAiAnswersCompleteWithUsageAndStreamsTheSameAnswerInDeltas() {
        UUID provider = provider("openai", server.url() + "/v1");
        GenerationResult complete = generate(new GenerationRequest(provider, "gpt-ok", HELLO, 0.2, 50, null));
        assertThat(complete.text()).isEqualTo(ProviderProtocolServer.ANSWER);
        assertThat(complete.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(complete.usage())
                .isEqualTo(new GenerationResult.Usage(
                        ProviderProtocolServer.INPUT_TOKENS, ProviderProtocolServer.OUTPUT_TOKENS));
        var sent = server.requests().getLast();
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.path("messages")).hasSize(2);

        Collected streamed = stream(new GenerationRequest(provider, "gpt-ok", HELLO, null, null, null));
        assertThat(streamed.deltas).containsExactlyElementsOf(ProviderProtocolServer.DELTAS);
        GenerationResult result = streamed.result();
        assertThat(result.text()).isEqualTo(ProviderProtocolServer.ANSWER);
        assertThat(result.usage().outputTokens()).isEqualTo(ProviderProtocolServer.OUTPUT_TOKENS);
        assertThat(result.timeToFirstToken()).isNotNull().isLessThanOrEqualTo(result.duration());
    }

    @Test
    void toolCallsComeBackWithTheirArgumentsCompleteAndStreamed() {
        UUID provider = provider("openai", server.url() + "/v1");
        ToolSpec search = new ToolSpec(
                "search_knowledge",
                "Searches the knowledge base",
                List.of(new ToolSpec.Parameter("query", "string", "what to look for", true)));
        var request = new GenerationRequest(provider, "gpt-tool", HELLO, null, null, List.of(search));
        ToolCall expected = new ToolCall("call_1", "search_knowledge", "{\"query\":\"volcano\"}");

        GenerationResult complete = generate(request);
        assertThat(complete.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(complete.toolCalls()).containsExactly(expected);
        assertThat(server.requests()
                        .getLast()
                        .path("tools")
                        .get(0)
                        .path("function")
                        .path("name")
                        .asString())
                .isEqualTo("search_knowledge");

        GenerationResult streamed = stream(request).result();
        assertThat(streamed.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(streamed.toolCalls()).containsExactly(expected);
    }

    @Test
    void ollamaAndAnthropicStreamAndAnswerThroughTheirOwnProtocols() {
        UUID ollama = provider("ollama", server.url());
        Collected fromOllama = stream(new GenerationRequest(ollama, "llama3:8b", HELLO, null, null, null));
        assertThat(fromOllama.deltas).containsExactlyElementsOf(ProviderProtocolServer.DELTAS);
        assertThat(fromOllama.result().usage().inputTokens()).isEqualTo(ProviderProtocolServer.INPUT_TOKENS);
        assertThat(generate(new GenerationRequest(ollama, "llama3:8b", HELLO, null, null, null))
                        .text())
                .isEqualTo(ProviderProtocolServer.ANSWER);

        UUID anthropic = provider("anthropic", server.url() + "/v1/");
        Collected fromClaude = stream(new GenerationRequest(anthropic, "claude-test", HELLO, null, 64, null));
        assertThat(fromClaude.deltas).containsExactlyElementsOf(ProviderProtocolServer.DELTAS);
        assertThat(fromClaude.result().finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(fromClaude.result().usage().outputTokens()).isEqualTo(ProviderProtocolServer.OUTPUT_TOKENS);
        assertThat(server.requests().getLast().path("max_tokens").asInt()).isEqualTo(64);
        assertThat(generate(new GenerationRequest(anthropic, "claude-test", HELLO, null, null, null))
                        .text())
                .isEqualTo(ProviderProtocolServer.ANSWER);
    }

    @Test
    void a429IsRetriedAfterTheProvidersRetryAfterAndA500UntilTheAttemptsRunOut() {
        UUID limited = provider("openai", server.url() + "/v1");
        GenerationResult retried = generate(new GenerationRequest(limited, "gpt-429", HELLO, null, null, null));
        assertThat(retried.text()).isEqualTo(ProviderProtocolServer.ANSWER);
        assertThat(server.requestsFor("gpt-429")).isEqualTo(2);

        UUID broken = provider("openai", server.url() + "/v1");
        assertThatThrownBy(() -> generate(new GenerationRequest(broken, "gpt-500", HELLO, null, null, null)))
                .isInstanceOfSatisfying(AiProviderFailed.class, e -> {
                    assertThat(e.providerStatus()).isEqualTo(500);
                    assertThat(e.getMessage()).contains("The server had an error while processing your request");
                });
        assertThat(server.requestsFor("gpt-500")).isEqualTo(3);
    }

    @Test
    void garbageFromTheProviderIsATypedErrorNeverAHang() {
        UUID provider = provider("openai", server.url() + "/v1");
        for (String model : List.of("gpt-malformed", "gpt-unknown-finish", "gpt-slow")) {
            assertThatThrownBy(() -> generate(new GenerationRequest(provider, model, HELLO, null, null, null)))
                    .as(model)
                    .isInstanceOf(AiProviderFailed.class);
        }
        for (String model : List.of("gpt-malformed", "gpt-cut", "gpt-unknown-finish", "gpt-slow")) {
            RuntimeException failure = stream(new GenerationRequest(provider, model, HELLO, null, null, null))
                    .failure();
            assertThat(failure).as(model).isInstanceOf(AiProviderFailed.class);
        }
        // a cut stream delivered its first deltas before the error, and was not retried (they would repeat)
        assertThat(server.requestsFor("gpt-cut")).isEqualTo(1);
        // silence is a timeout, not worth another minute
        assertThat(server.requestsFor("gpt-slow")).isEqualTo(2);
    }

    @Test
    void cancellingAStreamCompletesItWithTheTextSoFarAndTheTenantLimitRefusesMore() throws Exception {
        UUID provider = provider("openai", server.url() + "/v1");
        var held = new GenerationRequest(provider, "gpt-held", HELLO, null, null, null);
        Collected first = new Collected();
        GenerationHandle handle = TenantContext.callAs(tenant, () -> engine.stream(held, first));
        first.awaitDelta();
        Collected second = new Collected();
        TenantContext.callAs(tenant, () -> engine.stream(held, second));
        // both of the tenant's slots are taken: a third generation is refused at once
        assertThatThrownBy(() -> TenantContext.callAs(tenant, () -> engine.stream(held, new Collected())))
                .isInstanceOf(Throttled.class);

        handle.cancel();
        GenerationResult cancelled = first.result();
        assertThat(cancelled.finishReason()).isEqualTo(FinishReason.CANCELLED);
        assertThat(cancelled.text()).isEqualTo("Hello");
        assertThat(handle.isCancelled()).isTrue();

        server.release();
        assertThat(second.result().text()).isEqualTo("Hello again");
        assertThat(first.deltas).containsExactly("Hello");
    }

    @Test
    void repeatedProviderFailuresOpenItsCircuitBreakerAndOnlyItsOwn() {
        UUID failing = provider("openai", server.url() + "/v1");
        UUID healthy = provider("openai", server.url() + "/v1");
        // three attempts fail (3 of the 4 calls the breaker needs to judge), the next failure opens it: the retry
        // after it is refused without reaching the provider
        assertThatThrownBy(() -> generate(new GenerationRequest(failing, "gpt-500", HELLO, null, null, null)))
                .isInstanceOf(AiProviderFailed.class);
        assertThatThrownBy(() -> generate(new GenerationRequest(failing, "gpt-500", HELLO, null, null, null)))
                .isInstanceOf(AiProviderUnavailable.class);
        assertThat(server.requestsFor("gpt-500")).isEqualTo(4);
        int before = server.requestsFor("gpt-ok");
        assertThatThrownBy(() -> generate(new GenerationRequest(failing, "gpt-ok", HELLO, null, null, null)))
                .isInstanceOf(AiProviderUnavailable.class);
        assertThat(server.requestsFor("gpt-ok")).isEqualTo(before);
        assertThat(generate(new GenerationRequest(healthy, "gpt-ok", HELLO, null, null, null))
                        .text())
                .isEqualTo(ProviderProtocolServer.ANSWER);
    }

    private UUID provider(String kind, String baseUrl) {
        return UUID.fromString(ai.provider(owner, kind, baseUrl, KEY, null));
    }

    private GenerationResult generate(GenerationRequest request) {
        return TenantContext.callAs(tenant, () -> engine.generate(request));
    }

    /** Streams and waits until the stream has ended, either way. */
    private Collected stream(GenerationRequest request) {
        Collected collected = new Collected();
        TenantContext.callAs(tenant, () -> engine.stream(request, collected));
        collected.done.handle((r, e) -> r).orTimeout(20, TimeUnit.SECONDS).join();
        return collected;
    }

    /** A listener that keeps what it was told. */
    private static final class Collected implements GenerationListener {
        final List<String> deltas = new CopyOnWriteArrayList<>();
        final CompletableFuture<GenerationResult> done = new CompletableFuture<>();
        final CompletableFuture<Void> firstDelta = new CompletableFuture<>();

        @Override
        public void onDelta(String text) {
            deltas.add(text);
            firstDelta.complete(null);
        }

        @Override
        public void onComplete(GenerationResult result) {
            done.complete(result);
        }

        @Override
        public void onError(RuntimeException failure) {
            done.completeExceptionally(failure);
        }

        void awaitDelta() throws Exception {
            firstDelta.get(10, TimeUnit.SECONDS);
        }

        GenerationResult result() {
            return done.orTimeout(20, TimeUnit.SECONDS).join();
        }

        RuntimeException failure() {
            try {
                done.orTimeout(20, TimeUnit.SECONDS).join();
            } catch (java.util.concurrent.CompletionException e) {
                return (RuntimeException) e.getCause();
            }
            throw new AssertionError("the stream did not fail");
        }
    }
}
