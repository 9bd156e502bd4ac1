package com.aigentforce.users.internal.web;

import com.aigentforce.platform.PageResponse;
import com.aigentforce.platform.security.RequiresPermission;
import com.aigentforce.users.Permissions;
import com.aigentforce.users.internal.base.UserCommands.RoleDefinition;
import com.aigentforce.users.internal.roles.RoleService;
import com.aigentforce.users.internal.web.UserRequests.RoleRequest;
import com.aigentforce.users.internal.web.UserViews.PermissionView;
import com.aigentforce.users.internal.web.UserViews.RoleView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Roles", description = "Built-in and custom roles, and the permission catalogue")
class RoleController {

    private final RoleService roles;

    RoleController(RoleService roles) {
        this.roles = roles;
    }

    record PermissionList(List<PermissionView> items) {}

    @GetMapping("/api/v1/permissions")
    @RequiresPermission(Permissions.ROLES_READ)
    @Operation(summary = "The permission catalogue")
    PermissionList permissions() {
        return new PermissionList(roles.permissions().entrySet().stream()
                .map(e -> new PermissionView(e.getKey(), e.getValue()))
                .toList());
    }

    @GetMapping("/api/v1/roles")
    @RequiresPermission(Permissions.ROLES_READ)
    @Operation(summary = "Roles of the organisation (built-in first)")
    PageResponse<RoleView> list(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(100) int size) {
        return PageResponse.of(roles.list(PageRequest.of(page, size)), RoleView::of);
    }

    @PostMapping("/api/v1/roles")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permissions.ROLES_WRITE)
    @Operation(
            summary = "Create a custom role",
            description = "Only with permissions the caller holds (403 permissions-not-held otherwise).")
    RoleView create(@Valid @RequestBody RoleRequest request) {
        return RoleView.of(roles.create(definition(request)));
    }

    @GetMapping("/api/v1/roles/{id}")
    @RequiresPermission(Permissions.ROLES_READ)
    @Operation(summary = "One role")
    RoleView get(@PathVariable UUID id) {
        return RoleView.of(roles.get(id));
    }

    @PutMapping("/api/v1/roles/{id}")
    @RequiresPermission(Permissions.ROLES_WRITE)
    @Operation(
            summary = "Edit a custom role (built-in roles answer 409)",
            description = "Permissions it adds must be ones the caller holds (403 permissions-not-held otherwise).")
    RoleView update(@PathVariable UUID id, @Valid @RequestBody RoleRequest request) {
        return RoleView.of(roles.update(id, definition(request)));
    }

    @DeleteMapping("/api/v1/roles/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permissions.ROLES_WRITE)
    @Operation(summary = "Delete a custom role that nobody holds")
    void delete(@PathVariable UUID id) {
        roles.delete(id);
    }

    private static RoleDefinition definition(RoleRequest request) {
        return new RoleDefinition(request.name(), request.description(), request.permissions());
    }
}
