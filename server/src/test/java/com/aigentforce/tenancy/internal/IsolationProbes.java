package com.aigentforce.tenancy.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IsolationProbes extends JpaRepository<IsolationProbe, UUID> {

    List<IsolationProbe> findByLabel(String label);

    @Query("select p from IsolationProbe p where p.id = :id")
    List<IsolationProbe> selectById(UUID id);

    @Modifying
    @Query("update IsolationProbe p set p.label = :label where p.id = :id")
    int relabel(UUID id, String label);

    @Modifying
    @Query("delete from IsolationProbe p where p.id = :id")
    int deleteInBulk(UUID id);
}
