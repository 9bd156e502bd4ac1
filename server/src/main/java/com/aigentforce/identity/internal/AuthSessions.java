package com.aigentforce.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuthSessions extends JpaRepository<AuthSession, UUID> {

    @Modifying
    @Query(
            "update AuthSession s set s.revokedAt = :now, s.revokeReason = :reason where s.id = :id and s.revokedAt is null")
    int revoke(@Param("id") UUID id, @Param("reason") String reason, @Param("now") Instant now);
}
