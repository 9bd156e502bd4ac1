package com.aigentforce.users.internal.base;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TeamMembers extends JpaRepository<TeamMember, UUID> {

    List<TeamMember> findByTeamId(UUID teamId);

    List<TeamMember> findByTeamIdIn(Collection<UUID> teamIds);

    List<TeamMember> findByUserIdIn(Collection<UUID> userIds);

    @Query("select new com.aigentforce.users.internal.base.Membership(m.userId, t.id, t.name, m.lead) "
            + "from TeamMember m join Team t on t.id = m.teamId where m.userId in :userIds")
    List<Membership> membershipsOf(@Param("userIds") Collection<UUID> userIds);

    boolean existsByTeamIdAndUserIdAndLeadTrue(UUID teamId, UUID userId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from TeamMember m where m.teamId = :teamId")
    void deleteByTeam(@Param("teamId") UUID teamId);
}
