package com.aigentforce.users.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Users extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

    List<User> findByEmailNormalized(String emailNormalized);

    boolean existsByEmailNormalized(String emailNormalized);

    Optional<User> findByInvitationHash(byte[] invitationHash);

    @Query("select count(u) from User u where array_contains(u.roleIds, :roleId)")
    long countHoldingRole(@Param("roleId") UUID roleId);

    @Query("select count(u) from User u where u.status = com.aigentforce.users.internal.UserStatus.ACTIVE "
            + "and array_contains(u.roleIds, :roleId)")
    long countActiveHoldingRole(@Param("roleId") UUID roleId);
}
