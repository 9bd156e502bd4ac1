package com.aigentforce.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

    Optional<RefreshToken> findByTokenHash(byte[] tokenHash);

    /** Marks the token used; 0 rows means another request used it first (a race counts as reuse). */
    @Modifying
    @Query("update RefreshToken t set t.usedAt = :now where t.tokenHash = :hash and t.usedAt is null")
    int markUsed(@Param("hash") byte[] hash, @Param("now") Instant now);

    @Modifying
    @Query("delete from RefreshToken t where t.expiresAt < :before")
    int deleteExpired(@Param("before") Instant before);

    @Modifying
    @Query("delete from RefreshToken t where t.sessionId = :sessionId")
    int deleteBySession(@Param("sessionId") UUID sessionId);
}
