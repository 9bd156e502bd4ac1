package com.aigentforce.ai.internal.provider;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The caller's tenant's providers (Hibernate's tenant filter applies to every query). */
public interface Providers extends JpaRepository<Provider, UUID> {

    List<Provider> findAllByOrderByNameAsc();

    @Query("select count(p) > 0 from Provider p where lower(p.name) = lower(?1) and p.id <> ?2")
    boolean nameTakenByOther(String name, UUID id);
}
