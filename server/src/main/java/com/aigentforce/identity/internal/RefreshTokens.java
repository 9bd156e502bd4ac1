package com.aigentforce.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

    @Modifying
    @Query("delete from RefreshToken t where t.expiresAt < :before")
    int deleteExpired(@Param("before") Instant before);

    @Modifying
    @Query("delete from RefreshToken t where t.sessionId = :sessionId")
    int deleteBySession(@Param("sessionId") UUID sessionId);
}
