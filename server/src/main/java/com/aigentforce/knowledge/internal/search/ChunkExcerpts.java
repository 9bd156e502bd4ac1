package com.aigentforce.knowledge.internal.search;

import com.aigentforce.knowledge.internal.index.Chunk;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** What search reads of the chunks it found, from PostgreSQL: projections only, never the embedding column. */
interface ChunkExcerpts extends Repository<Chunk, UUID> {

    /** The fields a search hit shows, with the document's title. */
    @Query("select new com.aigentforce.knowledge.internal.search.ChunkExcerpt(c.id, c.documentId, c.versionId,"
            + " c.knowledgeBaseId, d.title, c.text, c.headingPath, c.page)"
            + " from Chunk c left join Document d on d.id = c.documentId where c.id in :ids")
    List<ChunkExcerpt> findExcerpts(@Param("ids") Collection<UUID> ids);

    @Query("select new com.aigentforce.knowledge.internal.search.ChunkOwner(c.id, c.documentId) from Chunk c"
            + " where c.id in :ids")
    List<ChunkOwner> findOwners(@Param("ids") Collection<UUID> ids);
}
