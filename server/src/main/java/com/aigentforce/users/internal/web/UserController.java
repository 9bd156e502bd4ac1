package com.aigentforce.users.internal.web;

import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.CurrentCaller;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.internal.base.UserCommands.NewPerson;
import com.aigentforce.users.internal.base.UserCommands.PasswordChange;
import com.aigentforce.users.internal.base.UserCommands.PersonChanges;
import com.aigentforce.users.internal.base.UserCommands.ProfileChanges;
import com.aigentforce.users.internal.base.UserViewCache;
import com.aigentforce.users.internal.invitations.Invitations;
import com.aigentforce.users.internal.people.UserService;
import com.aigentforce.users.internal.recovery.PasswordResets;
import com.aigentforce.users.internal.web.UserRequests.ChangePassword;
import com.aigentforce.users.internal.web.UserRequests.CreateUser;
import com.aigentforce.users.internal.web.UserRequests.SetRoles;
import com.aigentforce.users.internal.web.UserRequests.UpdateProfile;
import com.aigentforce.users.internal.web.UserRequests.UpdateUser;
import com.aigentforce.users.internal.web.UserViews.LinkView;
import com.aigentforce.users.internal.web.UserViews.UserRolesView;
import com.aigentforce.users.internal.web.UserViews.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "People in the organisation, their profiles, status and roles")
class UserController {

    private final UserService users;
    private final UserViewCache cache;

    private final Invitations invitations;
    private final PasswordResets resets;
    private final LinkBases links;

    UserController(
            UserService users, UserViewCache cache, Invitations invitations, PasswordResets resets, LinkBases links) {
        this.users = users;
        this.cache = cache;
        this.invitations = invitations;
        this.resets = resets;
        this.links = links;
    }

    @GetMapping("/me")
    @RequiresPermission(Permissions.PROFILE_READ)
    @Operation(summary = "The signed-in person")
    UserView me() {
        return get(CurrentCaller.get().userId());
    }

    @PutMapping("/me")
    @RequiresPermission(Permissions.PROFILE_WRITE)
    @Operation(summary = "Edit one's own name and preferences")
    UserView updateMe(@Valid @RequestBody UpdateProfile request) {
        return UserView.of(users.updateProfile(new ProfileChanges(request.name(), request.preferences())));
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.PROFILE_WRITE)
    @Operation(summary = "Change one's own password")
    void changePassword(@Valid @RequestBody ChangePassword request) {
        users.changePassword(new PasswordChange(request.currentPassword(), request.newPassword()));
    }

    @GetMapping
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(
            summary = "Search people",
            description = "`q` matches name or email; `role` is a role name or id; `team` a team id.")
    PageResponse<UserView> search(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 64) String role,
            @RequestParam(required = false) UUID team,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(users.search(q, role, team, PageRequest.of(page, size)), UserView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permissions.USERS_WRITE)
    @Operation(
            summary = "Create a person",
            description =
                    "Without a password the person is invited: the answer carries an invitation link to pass on (and it is mailed when SMTP is configured). The roles may carry only permissions the caller holds (403 permissions-not-held).")
    UserView create(@Valid @RequestBody CreateUser request, HttpServletRequest http) {
        return UserView.of(users.create(
                new NewPerson(request.email(), request.name(), request.roles(), request.password()),
                links.of(http).url()));
    }

    @PostMapping("/{id}/invitation")
    @RequiresPermission(Permissions.USERS_WRITE)
    @Operation(
            summary = "Send a person who has not accepted yet a new invitation link",
            description =
                    "The earlier link stops working. The answer carries the link to pass on (it is also mailed when SMTP is configured) and the address links start with. Someone who has already set a password answers 409 not-invited.")
    LinkView reinvite(@PathVariable UUID id, HttpServletRequest http) {
        LinkBases.Base base = links.of(http);
        return LinkView.of(invitations.reissue(id, base.url()), true, base);
    }

    @PostMapping("/{id}/password-reset")
    @RequiresPermission(Permissions.USERS_ADMIN)
    @Operation(
            summary = "Issue a one-time password-reset link for a person",
            description =
                    "`delivery` says what happened: `email` (mailed to the person; no link in the answer) or `link` (no mail server configured: pass `url` on). Only someone holding every permission of the person may do it (403 permissions-not-held); an invited or deactivated person answers 409 not-active.")
    LinkView resetPassword(@PathVariable UUID id, HttpServletRequest http) {
        LinkBases.Base base = links.of(http);
        return LinkView.of(resets.issueFor(id, base.url()), false, base);
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(summary = "One person")
    UserView get(@PathVariable UUID id) {
        // the cache sits outside the transaction: a hit costs no connection
        return cache.get(CurrentCaller.get().tenantId(), id, () -> UserView.of(users.load(id)));
    }

    @PutMapping("/{id}")
    @RequiresPermission(Permissions.USERS_WRITE)
    @Operation(summary = "Edit a person", description = "Changing `status` also needs `users:admin`.")
    UserView update(@PathVariable UUID id, @Valid @RequestBody UpdateUser request) {
        return UserView.of(users.update(
                id, new PersonChanges(request.name(), request.preferences(), request.metadata(), request.status())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.USERS_WRITE)
    @Operation(summary = "Deactivate a person (their data is kept)")
    void deactivate(@PathVariable UUID id) {
        users.deactivate(id);
    }

    @GetMapping("/{id}/roles")
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(summary = "A person's roles and the permissions they grant")
    UserRolesView roles(@PathVariable UUID id) {
        return UserRolesView.of(users.roles(id));
    }

    @PutMapping("/{id}/roles")
    @RequiresPermission(Permissions.ROLES_ASSIGN)
    @Operation(
            summary = "Replace a person's roles",
            description =
                    "The last active OWNER cannot lose OWNER; only an OWNER grants or removes OWNER; a role the person"
                            + " does not have yet may carry only permissions the caller holds (403 permissions-not-held).")
    UserRolesView assignRoles(@PathVariable UUID id, @Valid @RequestBody SetRoles request) {
        return UserRolesView.of(users.assignRoles(id, request.roles()));
    }
}
