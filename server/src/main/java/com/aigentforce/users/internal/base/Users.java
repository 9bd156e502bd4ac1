package com.aigentforce.users.internal.base;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Users extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

    List<User> findByEmailNormalized(String emailNormalized);

    boolean existsByEmailNormalized(String emailNormalized);

    Optional<User> findByInvitationHash(byte[] invitationHash);

    Optional<User> findByPasswordResetHash(byte[] passwordResetHash);

    /** A plain update: concurrent sign-ins of one person must not collide on the entity version. */
    @Modifying
    @Query("update User u set u.lastLoginAt = :at where u.id = :id")
    int recordLogin(@Param("id") UUID id, @Param("at") Instant at);

    @Query("select count(u) from User u where array_contains(u.roleIds, :roleId)")
    long countHoldingRole(@Param("roleId") UUID roleId);

    @Query("select count(u) from User u where u.status = com.aigentforce.users.internal.base.UserStatus.ACTIVE "
            + "and array_contains(u.roleIds, :roleId)")
    long countActiveHoldingRole(@Param("roleId") UUID roleId);
}
