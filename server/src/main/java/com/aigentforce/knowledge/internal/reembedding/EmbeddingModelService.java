package com.aigentforce.knowledge.internal.reembedding;

import com.aigentforce.audit.AuditEvent;
import com.aigentforce.knowledge.internal.base.KnowledgeBase;
import com.aigentforce.knowledge.internal.base.KnowledgeBases;
import com.aigentforce.knowledge.internal.base.ReadAccess;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModelStore;
import com.aigentforce.knowledge.internal.embedding.EmbeddingModels;
import com.aigentforce.knowledge.internal.index.ChunkJob;
import com.aigentforce.knowledge.internal.index.Chunks;
import com.aigentforce.knowledge.internal.index.KbAdminProgress;
import com.aigentforce.knowledge.internal.reembedding.ReembeddingJobs.ReembeddingQueue;
import com.aigentforce.platform.Ids;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.crypto.SecretCipher;
import com.aigentforce.platform.outbound.OutboundHttp;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.users.Permissions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A knowledge base's embedding model: shown to its readers, changed by knowledge-base administrators. A change is
 * checked first (URL, SSRF guard, one probe embedding whose length must be a supported dimension), then switches the
 * knowledge base — new uploads embed with the new model at once — and queues a re-embedding of its chunks.
 */
@Service
public class EmbeddingModelService {

    private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddingModelService.class);

    /** The answer to a change: the model now, and whether a re-embedding was started. */
    public record Change(EmbeddingModelState state, boolean reembedding) {}

    private final KnowledgeBases knowledgeBases;
    private final ReadAccess access;
    private final EmbeddingModelStore store;
    private final EmbeddingModels models;
    private final Reembeddings reembeddings;
    private final Chunks chunks;
    private final ReembeddingQueue queue;
    private final OutboundHttp outbound;
    private final SecretCipher cipher;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;

    EmbeddingModelService(
            KnowledgeBases knowledgeBases,
            ReadAccess access,
            EmbeddingModelStore store,
            EmbeddingModels models,
            Reembeddings reembeddings,
            Chunks chunks,
            ReembeddingQueue queue,
            OutboundHttp outbound,
            SecretCipher cipher,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.knowledgeBases = knowledgeBases;
        this.access = access;
        this.store = store;
        this.models = models;
        this.reembeddings = reembeddings;
        this.chunks = chunks;
        this.queue = queue;
        this.outbound = outbound;
        this.cipher = cipher;
        this.events = events;
        this.entityManager = entityManager;
        this.tx = new TransactionTemplate(transactions);
    }

    public EmbeddingModelState get(UUID knowledgeBaseId) {
        return tx.execute(s -> {
            ReadAccess.Scope scope = access.of(CurrentCaller.get());
            KnowledgeBase kb = knowledgeBases
                    .findById(knowledgeBaseId)
                    .filter(k -> scope.canRead(k.id()))
                    .orElseThrow(() -> new NotFound("Knowledge base", knowledgeBaseId));
            return state(kb);
        });
    }

    public Change change(UUID knowledgeBaseId, EmbeddingModelChange request) {
        EmbeddingModelSpec now = tx.execute(s -> knowledgeBases
                .findById(knowledgeBaseId)
                .map(kb -> store.find(kb.id(), kb.embeddingModelKey()).orElseGet(EmbeddingModelSpec::builtin))
                .orElseThrow(() -> new NotFound("Knowledge base", knowledgeBaseId)));
        EmbeddingModelSpec wanted = request.builtin() ? EmbeddingModelSpec.builtin() : checked(request, now);
        return tx.execute(s -> switchTo(knowledgeBaseId, wanted));
    }

    /** The provider model the request describes, after the URL, the SSRF guard and one probe embedding agreed. */
    private EmbeddingModelSpec checked(EmbeddingModelChange request, EmbeddingModelSpec now) {
        String model = request.model() == null ? "" : request.model().strip();
        if (model.isEmpty()) {
            throw new InvalidField("model", "must not be blank for an openai-compatible provider");
        }
        String baseUrl = baseUrl(request.baseUrl());
        outbound.checkTarget(URI.create(baseUrl));
        // no key given: the one saved for this endpoint stays (the UI never sees it to send it back)
        String apiKey = request.apiKey() != null && !request.apiKey().isBlank()
                ? request.apiKey().strip()
                : baseUrl.equals(now.baseUrl()) && now.sealedApiKey() != null ? cipher.open(now.sealedApiKey()) : null;
        Integer asked = request.dimensions();
        float[] probe = models.probe(
                new EmbeddingModelSpec(
                        "probe",
                        EmbeddingModelSpec.OPENAI_COMPATIBLE,
                        baseUrl,
                        model,
                        asked == null ? 0 : asked,
                        asked != null,
                        null),
                apiKey);
        if (asked != null && probe.length != asked) {
            throw new InvalidField(
                    "dimensions", "The provider answered " + probe.length + "-dimensional vectors instead of " + asked);
        }
        if (!EmbeddingModelSpec.supports(probe.length)) {
            throw new InvalidField(
                    "dimensions",
                    "The provider answers " + probe.length + "-dimensional vectors; supported are "
                            + EmbeddingModelSpec.SUPPORTED_DIMENSIONS);
        }
        return EmbeddingModelSpec.provider(
                baseUrl, model, probe.length, asked != null, apiKey == null ? null : cipher.seal(apiKey));
    }

    private Change switchTo(UUID knowledgeBaseId, EmbeddingModelSpec wanted) {
        // serialises with other changes and with ingestion writing chunks (which takes a shared lock)
        KnowledgeBase kb = entityManager.find(KnowledgeBase.class, knowledgeBaseId, LockModeType.PESSIMISTIC_WRITE);
        if (kb == null) {
            throw new NotFound("Knowledge base", knowledgeBaseId);
        }
        Reembedding latest = latest(kb.id());
        boolean sameModel = kb.embeddingModelKey().equals(wanted.key());
        if (sameModel && !wanted.isBuiltin()) {
            store.save(kb.id(), wanted); // perhaps a new API key
        }
        // the same model again changes nothing, unless its re-embedding failed: then it is tried again
        if (sameModel && (latest == null || !ChunkJob.FAILED.equals(latest.status()))) {
            return new Change(state(kb), false);
        }
        if (latest != null && !latest.finished()) {
            throw new ReembeddingAlreadyRunning(kb.id());
        }
        EmbeddingModelSpec previous =
                store.find(kb.id(), kb.embeddingModelKey()).orElseGet(EmbeddingModelSpec::builtin);
        store.save(kb.id(), previous); // its vectors stay searchable until every chunk has moved
        store.save(kb.id(), wanted);
        kb.useEmbeddingModel(wanted.key());
        long total = chunks.countByKnowledgeBaseIdAndEmbeddingModelNotAndIdGreaterThan(
                kb.id(), wanted.key(), new UUID(0, 0));
        Reembedding reembedding = new Reembedding(
                Ids.next(), kb.id(), wanted.key(), total, CurrentCaller.get().userId());
        try {
            entityManager.persist(reembedding);
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            throw new ReembeddingAlreadyRunning(kb.id()); // another change won the race (unique index)
        }
        queue.enqueue(TenantContext.current(), reembedding.id());
        events.publishEvent(new KbAdminProgress.Changed(
                KbAdminProgress.REEMBEDDING, TenantContext.current(), ReembeddingView.of(reembedding)));
        audit(kb, previous, wanted);
        LOGGER.info(
                "KnowledgeBase(id={}) embedding model changed from {} to {}; Reembedding(id={}) of {} chunk(s) queued",
                kb.id(),
                previous,
                wanted,
                reembedding.id(),
                total);
        return new Change(
                new EmbeddingModelState(
                        wanted, true, chunks.countByKnowledgeBaseId(kb.id()), ReembeddingView.of(reembedding)),
                true);
    }

    /** {@code knowledge_base.embedding_model_changed}: who switched which model to which (never the API key). */
    private void audit(KnowledgeBase kb, EmbeddingModelSpec from, EmbeddingModelSpec to) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.provider() + ":" + from.model());
        details.put("to", to.provider() + ":" + to.model());
        if (to.baseUrl() != null) {
            details.put("baseUrl", to.baseUrl());
        }
        events.publishEvent(
                AuditEvent.byCurrentCaller("knowledge_base.embedding_model_changed", "knowledge_base", kb.id(), details)
                        .named(kb.name()));
    }

    private EmbeddingModelState state(KnowledgeBase kb) {
        EmbeddingModelSpec spec = store.find(kb.id(), kb.embeddingModelKey()).orElseGet(EmbeddingModelSpec::builtin);
        Reembedding latest = latest(kb.id());
        return new EmbeddingModelState(
                spec,
                CurrentCaller.get().has(Permissions.KB_ADMIN),
                chunks.countByKnowledgeBaseId(kb.id()),
                latest == null ? null : ReembeddingView.of(latest));
    }

    private Reembedding latest(UUID knowledgeBaseId) {
        return reembeddings
                .findFirstByKnowledgeBaseIdOrderByRequestedAtDesc(knowledgeBaseId)
                .orElse(null);
    }

    /** An absolute http(s) URL without a trailing slash (LangChain4j appends /embeddings). */
    private static String baseUrl(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidField("baseUrl", "must not be blank for an openai-compatible provider");
        }
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidField("baseUrl", "must be an absolute http or https URL");
            }
            if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new InvalidField("baseUrl", "must not carry credentials, a query or a fragment");
            }
            String text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (URISyntaxException e) {
            throw new InvalidField("baseUrl", "is not a URL");
        }
    }
}
