package com.aigentforce.knowledge.internal.index;

import com.aigentforce.knowledge.internal.embedding.EmbeddingModelSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.type.SqlTypes;

/**
 * A passage of one document version with its embedding. Only chunks marked searchable (the current version's, of
 * a document not deleted) are in the search index: {@link SearchableChunkRouting} leaves the others out, so the
 * switch to a new version is one transaction.
 */
@Entity
@Table(name = "kb_chunk")
@Indexed(index = Chunk.INDEX, routingBinder = @RoutingBinderRef(type = SearchableChunkRouting.class))
public class Chunk {

    /**
     * The index's name carries its mapping generation: a change an existing index cannot take (a vector similarity,
     * a field type) gets a new name, and the rebuild's {@code SearchIndexGenerations} rebuilds it from PostgreSQL once.
     * Generation 2: vectors compared by dot product on Lucene, graph built with efConstruction 100, no term vectors.
     * Generation 3: the text is neither stored nor indexed with offsets (highlights come from PostgreSQL's text).
     */
    public static final String INDEX = "kb-chunk-v3";

    /** Names of earlier generations, whose Lucene directories are removed at start-up. */
    public static final List<String> RETIRED_INDEXES = List.of("kb-chunk", "kb-chunk-v2");

    /** The index field of {@link #text} (its property name), for queries, term lookups and highlighting. */
    public static final String TEXT_FIELD = "text";

    @Id
    @DocumentId
    private UUID id;

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;

    @GenericField
    @Column(name = "knowledge_base_id")
    private UUID knowledgeBaseId;

    @GenericField
    @Column(name = "document_id")
    private UUID documentId;

    @GenericField
    @Column(name = "version_id")
    private UUID versionId;

    private int ordinal;

    // neither stored nor with offsets: search reads and highlights the text from PostgreSQL (ChunkHighlighter),
    // so the index would only carry a second copy of it through every merge
    @FullTextField(analyzer = EnglishAnalysis.ANALYZER, highlightable = Highlightable.NO, projectable = Projectable.NO)
    private String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "heading_path")
    private List<String> headingPath = new ArrayList<>();

    private Integer page;

    @Column(name = "token_count")
    private int tokenCount;

    // indexed by ChunkVectorBinder (applied by ChunkVectorMapping): in the field of its model's dimension, with the
    // backend's similarity
    @JdbcTypeCode(SqlTypes.ARRAY)
    private float[] embedding;

    /** The key of the model that computed {@link #embedding} ({@link EmbeddingModelSpec#key()}). */
    @KeywordField(name = ChunkVectorBinder.MODEL_FIELD)
    @Column(name = "embedding_model")
    private String embeddingModel;

    @KeywordField
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags = new ArrayList<>();

    @PropertyBinding(binder = @PropertyBinderRef(type = MetadataBinder.class))
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> metadata = new HashMap<>();

    private boolean searchable;

    protected Chunk() {}

    public Chunk(
            UUID id,
            UUID knowledgeBaseId,
            UUID documentId,
            UUID versionId,
            int ordinal,
            TextChunk chunk,
            float[] embedding,
            String embeddingModel,
            List<String> tags,
            Map<String, String> metadata) {
        this.id = id;
        this.knowledgeBaseId = knowledgeBaseId;
        this.documentId = documentId;
        this.versionId = versionId;
        this.ordinal = ordinal;
        this.text = chunk.text();
        this.headingPath = new ArrayList<>(chunk.headingPath());
        this.page = chunk.page();
        this.tokenCount = chunk.tokenCount();
        this.embedding = embedding;
        this.embeddingModel = embeddingModel;
        this.tags = new ArrayList<>(tags);
        this.metadata = new HashMap<>(metadata);
        this.searchable = true;
    }

    /** The same passage embedded by another model (a re-embedding). */
    public void reembed(float[] vector, String model) {
        this.embedding = vector;
        this.embeddingModel = model;
    }

    /** The document's tags changed: search filters by the new ones. */
    public void retag(List<String> tags) {
        this.tags = new ArrayList<>(tags);
    }

    public void hide() {
        this.searchable = false;
    }

    public void show() {
        this.searchable = true;
    }

    public boolean searchable() {
        return searchable;
    }

    public UUID id() {
        return id;
    }

    UUID knowledgeBaseId() {
        return knowledgeBaseId;
    }

    public UUID documentId() {
        return documentId;
    }

    public UUID versionId() {
        return versionId;
    }

    int ordinal() {
        return ordinal;
    }

    public String text() {
        return text;
    }

    public List<String> headingPath() {
        return List.copyOf(headingPath);
    }

    public Integer page() {
        return page;
    }

    public float[] embedding() {
        return embedding;
    }

    public String embeddingModel() {
        return embeddingModel;
    }
}
