package com.aigentforce.users.internal.web;

import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.internal.base.UserCommands.TeamDefinition;
import com.aigentforce.users.internal.base.UserCommands.TeamSeat;
import com.aigentforce.users.internal.teams.TeamService;
import com.aigentforce.users.internal.web.UserRequests.SetMembers;
import com.aigentforce.users.internal.web.UserRequests.TeamRequest;
import com.aigentforce.users.internal.web.UserViews.TeamView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Teams", description = "Teams and their members")
class TeamController {

    private final TeamService teams;

    TeamController(TeamService teams) {
        this.teams = teams;
    }

    @GetMapping
    @RequiresPermission(Permissions.TEAMS_READ)
    @Operation(summary = "List teams")
    PageResponse<TeamView> list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(teams.list(q, PageRequest.of(page, size)), TeamView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permissions.TEAMS_WRITE)
    @Operation(summary = "Create a team")
    TeamView create(@Valid @RequestBody TeamRequest request) {
        return TeamView.of(teams.create(definition(request)));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permissions.TEAMS_READ)
    @Operation(summary = "One team with its members")
    TeamView get(@PathVariable UUID id) {
        return TeamView.of(teams.get(id));
    }

    @PutMapping("/{id}")
    @RequiresPermission(Permissions.TEAMS_WRITE)
    @Operation(summary = "Rename or describe a team")
    TeamView update(@PathVariable UUID id, @Valid @RequestBody TeamRequest request) {
        return TeamView.of(teams.update(id, definition(request)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.TEAMS_WRITE)
    @Operation(summary = "Delete a team (its people stay)")
    void delete(@PathVariable UUID id) {
        teams.delete(id);
    }

    @PutMapping("/{id}/members")
    @RequiresPermission(Permissions.TEAMS_MEMBERS)
    @Operation(
            summary = "Replace a team's members",
            description = "Team administrators may change any team; a lead (e.g. a MANAGER) only the teams they lead.")
    TeamView members(@PathVariable UUID id, @Valid @RequestBody SetMembers request) {
        return TeamView.of(teams.replaceMembers(
                id,
                request.members().stream()
                        .map(m -> new TeamSeat(m.userId(), m.lead()))
                        .toList()));
    }

    private static TeamDefinition definition(TeamRequest request) {
        return new TeamDefinition(request.name(), request.description());
    }
}
