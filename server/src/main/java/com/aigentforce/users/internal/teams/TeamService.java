package com.aigentforce.users.internal.teams;

import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.Forbidden;
import com.aigentforce.platform.InvalidField;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.security.Caller;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.internal.base.Auditor;
import com.aigentforce.users.internal.base.Team;
import com.aigentforce.users.internal.base.TeamMember;
import com.aigentforce.users.internal.base.TeamMembers;
import com.aigentforce.users.internal.base.Teams;
import com.aigentforce.users.internal.base.User;
import com.aigentforce.users.internal.base.UserCommands.TeamDefinition;
import com.aigentforce.users.internal.base.UserCommands.TeamSeat;
import com.aigentforce.users.internal.base.UserModels.TeamDetails;
import com.aigentforce.users.internal.base.UserModels.TeamMemberDetails;
import com.aigentforce.users.internal.base.UserViewCache;
import com.aigentforce.users.internal.base.Users;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams and their members; a team lead without {@code teams:write} may manage only their own teams' members. */
@Service
public class TeamService {

    private final Teams teams;
    private final TeamMembers members;
    private final Users users;
    private final UserViewCache views;
    private final Auditor auditor;
    private final MembershipDirectory memberships;

    TeamService(
            Teams teams,
            TeamMembers members,
            Users users,
            UserViewCache views,
            Auditor auditor,
            MembershipDirectory memberships) {
        this.teams = teams;
        this.members = members;
        this.users = users;
        this.views = views;
        this.auditor = auditor;
        this.memberships = memberships;
    }

    @Transactional(readOnly = true)
    public Page<TeamDetails> list(String q, PageRequest page) {
        Page<Team> found =
                teams.findByNameContainingIgnoreCase(q == null ? "" : q.strip(), page.withSort(Sort.by("name", "id")));
        return new PageImpl<>(details(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public TeamDetails get(UUID id) {
        return details(List.of(find(id))).getFirst();
    }

    @Transactional
    public TeamDetails create(TeamDefinition request) {
        requireFreeName(request.name(), null);
        Team team = teams.saveAndFlush(new Team(request.name(), request.description()));
        auditor.recordNamed("team.created", "team", team.id(), team.name(), Map.of("name", team.name()));
        return details(List.of(team)).getFirst();
    }

    @Transactional
    public TeamDetails update(UUID id, TeamDefinition request) {
        Team team = find(id);
        requireFreeName(request.name(), team);
        team.update(request.name(), request.description());
        teams.flush();
        views.evictTenant(CurrentCaller.get().tenantId());
        auditor.recordNamed("team.updated", "team", team.id(), team.name(), Map.of("name", team.name()));
        return details(List.of(team)).getFirst();
    }

    @Transactional
    public void delete(UUID id) {
        Team team = find(id);
        members.deleteByTeam(team.id());
        teams.delete(team);
        memberships.evictAll();
        views.evictTenant(CurrentCaller.get().tenantId());
        auditor.recordNamed("team.deleted", "team", team.id(), team.name(), Map.of("name", team.name()));
    }

    @Transactional
    public TeamDetails replaceMembers(UUID id, List<TeamSeat> requested) {
        Team team = find(id);
        Caller caller = CurrentCaller.get();
        boolean leadsTeam = members.existsByTeamIdAndUserIdAndLeadTrue(team.id(), caller.userId());
        if (!caller.has(Permissions.TEAMS_WRITE) && !leadsTeam) {
            throw new Forbidden(
                    "not-team-lead", "Only a lead of this team or a team administrator can change its members");
        }
        Set<UUID> ids = new HashSet<>();
        for (TeamSeat m : requested) {
            if (!ids.add(m.userId())) {
                throw new InvalidField("members", "The person " + m.userId() + " is listed twice.");
            }
        }
        Set<UUID> existing = users.findAllById(ids).stream().map(User::id).collect(Collectors.toSet());
        for (UUID userId : ids) {
            if (!existing.contains(userId)) {
                throw new InvalidField("members", "There is no person " + userId + " in this organisation.");
            }
        }
        if (!caller.has(Permissions.TEAMS_WRITE)
                && requested.stream().noneMatch(m -> m.userId().equals(caller.userId()) && m.lead())) {
            throw new Conflict(
                    "lead-cannot-leave", "A team lead cannot remove their own lead role; ask an administrator");
        }
        List<UUID> before = members.findByTeamId(team.id()).stream()
                .map(TeamMember::userId)
                .sorted()
                .toList();
        members.deleteByTeam(team.id());
        members.saveAll(requested.stream()
                .map(m -> new TeamMember(team.id(), m.userId(), m.lead()))
                .toList());
        members.flush();
        memberships.evictAll();
        team.touch();
        views.evictTenant(CurrentCaller.get().tenantId());
        auditor.recordNamed(
                "team.members.changed",
                "team",
                team.id(),
                team.name(),
                Map.of(
                        "before",
                        before.stream().map(UUID::toString).toList(),
                        "after",
                        requested.stream()
                                .map(m -> m.userId() + (m.lead() ? " (lead)" : ""))
                                .toList()));
        return details(List.of(team)).getFirst();
    }

    private Team find(UUID id) {
        return teams.findById(id).orElseThrow(() -> new NotFound("Team", id));
    }

    private void requireFreeName(String name, Team self) {
        boolean taken = teams.existsByNameIgnoreCase(name.strip())
                && (self == null || !self.name().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw new Conflict("team-name-taken", "A team named '" + name.strip() + "' already exists");
        }
    }

    private List<TeamDetails> details(List<Team> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<TeamMember> all =
                members.findByTeamIdIn(page.stream().map(Team::id).toList());
        Map<UUID, User> people = users
                .findAllById(all.stream().map(TeamMember::userId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
        Map<UUID, List<TeamMember>> byTeam = all.stream().collect(Collectors.groupingBy(TeamMember::teamId));
        return page.stream()
                .map(team -> new TeamDetails(
                        team.id(),
                        team.name(),
                        team.description(),
                        byTeam.getOrDefault(team.id(), List.of()).stream()
                                .filter(m -> people.containsKey(m.userId()))
                                .map(m -> new TeamMemberDetails(
                                        m.userId(),
                                        people.get(m.userId()).name(),
                                        people.get(m.userId()).email(),
                                        m.lead()))
                                .sorted(Comparator.comparing(TeamMemberDetails::lead)
                                        .reversed()
                                        .thenComparing(TeamMemberDetails::name, String.CASE_INSENSITIVE_ORDER))
                                .toList(),
                        team.createdAt(),
                        team.updatedAt()))
                .toList();
    }
}
