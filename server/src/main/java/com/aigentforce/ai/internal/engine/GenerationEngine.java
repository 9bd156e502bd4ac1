package com.aigentforce.ai.internal.engine;

import com.aigentforce.ai.internal.engine.GenerationResult.FinishReason;
import com.aigentforce.ai.internal.engine.GenerationResult.Usage;
import com.aigentforce.ai.internal.provider.Provider;
import com.aigentforce.ai.internal.provider.ProviderService;
import com.aigentforce.platform.InvalidField;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.TokenUsage;
import io.github.resilience4j.bulkhead.Bulkhead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Generates with one of the caller's tenant's providers: a complete answer ({@link #generate}) or a stream of deltas
 * with a cancel handle ({@link #stream}). Every call takes one of the tenant's generation slots and goes through
 * {@link Resilience}; a provider answering garbage — malformed JSON, a stream cut off, an unknown finish reason —
 * ends in {@link AiProviderFailed}, never in a hang (every wait is bounded by the read timeout).
 */
@Component
public class GenerationEngine implements DisposableBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(GenerationEngine.class);

    private final ProviderService providers;
    private final ChatClients clients;
    private final Resilience resilience;
    private final AiProperties properties;
    private final ExecutorService streams = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("ai-stream-", 0).factory());

    GenerationEngine(ProviderService providers, ChatClients clients, Resilience resilience, AiProperties properties) {
        this.providers = providers;
        this.clients = clients;
        this.resilience = resilience;
        this.properties = properties;
    }

    /** The whole answer, once it is complete. */
    public GenerationResult generate(GenerationRequest request) {
        Provider provider = providers.get(request.providerId());
        String model = modelOf(provider, request);
        ChatRequest chatRequest = chatRequest(request, model);
        Bulkhead slot = resilience.slot(provider.tenantId());
        try {
            long start = System.nanoTime();
            ChatResponse response = resilience.call(
                    provider,
                    () -> checked(
                            provider,
                            clients.chat(provider, model, request.maxOutputTokens())
                                    .chat(chatRequest)),
                    () -> true);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return result(provider, response, model, response.aiMessage().text(), took, took);
        } finally {
            slot.onComplete();
        }
    }

    /**
     * Starts streaming the answer and returns at once. The listener gets the deltas, then the result or the failure;
     * a failure before any delta is retried like {@link #generate}'s. A full tenant answers 429 here, before anything
     * starts; everything else reaches the listener.
     */
    public GenerationHandle stream(GenerationRequest request, GenerationListener listener) {
        Provider provider = providers.get(request.providerId());
        String model = modelOf(provider, request);
        ChatRequest chatRequest = chatRequest(request, model);
        Bulkhead slot = resilience.slot(provider.tenantId());
        Stream stream = new Stream(listener, model);
        try {
            streams.execute(() -> {
                try {
                    ChatResponse response = resilience.call(
                            provider, () -> stream.attempt(provider, request, chatRequest), stream::silent);
                    stream.complete(result(
                            provider,
                            response,
                            model,
                            stream.text(),
                            stream.timeToFirstToken(),
                            Duration.ofNanos(System.nanoTime() - stream.start)));
                } catch (RuntimeException e) {
                    stream.fail(e);
                } finally {
                    slot.onComplete();
                }
            });
        } catch (RuntimeException e) {
            slot.onComplete();
            throw e;
        }
        return stream;
    }

    @Override
    public void destroy() {
        streams.shutdownNow();
    }

    private static String modelOf(Provider provider, GenerationRequest request) {
        String model =
                request.model() != null && !request.model().isBlank() ? request.model() : provider.defaultModel();
        if (model == null) {
            throw new InvalidField("model", "the provider '" + provider.name() + "' has no default model; name one");
        }
        return model;
    }

    /** A response whose finish reason is missing (a stream cut off) or unknown is not an answer. */
    private static ChatResponse checked(Provider provider, ChatResponse response) {
        if (response.finishReason() == null
                || response.finishReason() == dev.langchain4j.model.output.FinishReason.OTHER) {
            throw new AiProviderFailed(
                    provider.name(),
                    "its answer ended without a known finish reason (cut off, or a reason this server does not know)",
                    null,
                    false);
        }
        return response;
    }

    private static GenerationResult result(
            Provider provider,
            ChatResponse response,
            String model,
            String text,
            Duration timeToFirstToken,
            Duration duration) {
        TokenUsage tokens = response.tokenUsage();
        Usage usage = tokens == null
                ? new Usage(0, 0)
                : new Usage(zeroIfNull(tokens.inputTokenCount()), zeroIfNull(tokens.outputTokenCount()));
        List<ToolCall> calls = new ArrayList<>();
        if (response.aiMessage().hasToolExecutionRequests()) {
            for (ToolExecutionRequest call : response.aiMessage().toolExecutionRequests()) {
                calls.add(new ToolCall(call.id(), call.name(), call.arguments()));
            }
        }
        String answered = response.modelName() != null ? response.modelName() : model;
        LOGGER.debug(
                "Provider(id={}) answered with {}: {} in, {} out",
                provider.id(),
                answered,
                usage.inputTokens(),
                usage.outputTokens());
        return new GenerationResult(
                text == null ? "" : text,
                calls,
                usage,
                finishReason(response.finishReason()),
                answered,
                timeToFirstToken,
                duration);
    }

    private static FinishReason finishReason(dev.langchain4j.model.output.FinishReason reason) {
        return switch (reason) {
            case STOP -> FinishReason.STOP;
            case LENGTH -> FinishReason.LENGTH;
            case TOOL_EXECUTION -> FinishReason.TOOL_CALLS;
            case CONTENT_FILTER -> FinishReason.CONTENT_FILTER;
            case OTHER -> throw new IllegalStateException("checked before");
        };
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    private static ChatRequest chatRequest(GenerationRequest request, String model) {
        if (request.messages().isEmpty()) {
            throw new InvalidField("messages", "at least one message is needed");
        }
        List<ChatMessage> messages = new ArrayList<>();
        for (ChatTurn turn : request.messages()) {
            messages.add(
                    switch (turn.role()) {
                        case SYSTEM -> SystemMessage.from(turn.text());
                        case USER -> UserMessage.from(turn.text());
                        case ASSISTANT ->
                            turn.toolCalls().isEmpty()
                                    ? AiMessage.from(turn.text())
                                    : AiMessage.builder()
                                            .text(turn.text())
                                            .toolExecutionRequests(turn.toolCalls().stream()
                                                    .map(c -> ToolExecutionRequest.builder()
                                                            .id(c.id())
                                                            .name(c.name())
                                                            .arguments(c.argumentsJson())
                                                            .build())
                                                    .toList())
                                            .build();
                        case TOOL -> ToolExecutionResultMessage.from(turn.toolCallId(), turn.toolName(), turn.text());
                    });
        }
        DefaultChatRequestParameters.Builder<?> parameters = ChatRequestParameters.builder()
                .modelName(model)
                .temperature(request.temperature())
                .maxOutputTokens(request.maxOutputTokens());
        if (!request.tools().isEmpty()) {
            parameters.toolSpecifications(
                    request.tools().stream().map(GenerationEngine::tool).toList());
        }
        return ChatRequest.builder()
                .messages(messages)
                .parameters(parameters.build())
                .build();
    }

    private static ToolSpecification tool(ToolSpec spec) {
        JsonObjectSchema.Builder schema = JsonObjectSchema.builder();
        List<String> required = new ArrayList<>();
        for (ToolSpec.Parameter p : spec.parameters()) {
            switch (p.type().toLowerCase(Locale.ROOT)) {
                case "integer" -> schema.addIntegerProperty(p.name(), p.description());
                case "number" -> schema.addNumberProperty(p.name(), p.description());
                case "boolean" -> schema.addBooleanProperty(p.name(), p.description());
                default -> schema.addStringProperty(p.name(), p.description());
            }
            if (p.required()) {
                required.add(p.name());
            }
        }
        return ToolSpecification.builder()
                .name(spec.name())
                .description(spec.description())
                .parameters(schema.required(required).build())
                .build();
    }

    /** One streamed generation: its deltas, its cancellation and its one final call to the listener. */
    private final class Stream implements GenerationHandle {

        private final GenerationListener listener;
        private final String model;
        private final long start = System.nanoTime();
        private final StringBuilder text = new StringBuilder();
        private volatile boolean cancelled;
        private boolean finished;
        private long firstToken = -1;
        private volatile long lastActivity = System.nanoTime();

        Stream(GenerationListener listener, String model) {
            this.listener = listener;
            this.model = model;
        }

        /** One attempt: streams until the provider has finished, failed, or fallen silent for the read timeout. */
        ChatResponse attempt(Provider provider, GenerationRequest request, ChatRequest chatRequest) {
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            clients.streaming(provider, model, request.maxOutputTokens())
                    .chat(chatRequest, new StreamingChatResponseHandler() {
                        @Override
                        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                            lastActivity = System.nanoTime();
                            if (cancelled) {
                                context.streamingHandle().cancel();
                                done.cancel(false);
                                return;
                            }
                            delta(partial.text());
                        }

                        @Override
                        public void onCompleteResponse(ChatResponse response) {
                            done.complete(response);
                        }

                        @Override
                        public void onError(Throwable error) {
                            done.completeExceptionally(error);
                        }
                    });
            while (true) {
                try {
                    return checked(provider, done.get(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    if (cancelled) {
                        throw new StreamCancelled();
                    }
                    if (System.nanoTime() - lastActivity
                            >= properties.readTimeout().toNanos()) {
                        throw new AiProviderFailed(provider.name(), "it fell silent mid-answer", null, false);
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    throw new StreamCancelled();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StreamCancelled();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }

        /** No text delivered yet, so another attempt cannot repeat any. */
        synchronized boolean silent() {
            return text.isEmpty() && !cancelled;
        }

        synchronized String text() {
            return text.toString();
        }

        synchronized Duration timeToFirstToken() {
            return firstToken < 0 ? null : Duration.ofNanos(firstToken - start);
        }

        private synchronized void delta(String piece) {
            if (finished || piece == null || piece.isEmpty()) {
                return;
            }
            if (firstToken < 0) {
                firstToken = System.nanoTime();
            }
            text.append(piece);
            listener.onDelta(piece);
        }

        synchronized void complete(GenerationResult result) {
            if (!finished) {
                finished = true;
                listener.onComplete(result);
            }
        }

        synchronized void fail(RuntimeException e) {
            if (finished || e instanceof StreamCancelled) {
                return;
            }
            finished = true;
            listener.onError(e);
        }

        @Override
        public void cancel() {
            cancelled = true;
            synchronized (this) {
                complete(new GenerationResult(
                        text.toString(),
                        List.of(),
                        new Usage(0, 0),
                        FinishReason.CANCELLED,
                        model,
                        timeToFirstToken(),
                        Duration.ofNanos(System.nanoTime() - start)));
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    /** Ends a cancelled stream's attempt; the listener already has its result. */
    private static final class StreamCancelled extends RuntimeException {
        StreamCancelled() {
            super("cancelled", null, false, false);
        }
    }
}
