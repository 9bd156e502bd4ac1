package com.aigentforce.users.internal.web;

import com.aigentforce.users.internal.base.UserStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies of the users module, validated with Bean Validation. */
final class UserRequests {

    private UserRequests() {}

    static final String ROLE_NAME = "[A-Za-z][A-Za-z0-9 _.-]{0,63}";

    record CreateUser(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) String name,
            @NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> roles,
            @Size(max = 128) String password) {}

    record UpdateUser(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String name,

            @Size(max = 50) Map<String, Object> preferences,
            @Size(max = 50) Map<String, Object> metadata,
            UserStatus status) {}

    record UpdateProfile(
            @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String name,

            @Size(max = 50) Map<String, Object> preferences) {}

    record ChangePassword(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {}

    record SetRoles(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 64) String> roles) {}

    record RoleRequest(
            @NotBlank
            @Pattern(
                    regexp = ROLE_NAME,
                    message = "must start with a letter and use letters, digits, spaces, '_', '.', '-' (max 64)")
            String name,

            @Size(max = 500) String description,
            @NotNull @Size(max = 100) List<@NotBlank String> permissions) {}

    record TeamRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 500) String description) {}

    record SetMembers(@NotNull @Size(max = 1000) List<@Valid @NotNull Member> members) {}

    record Member(@NotNull UUID userId, boolean lead) {}

    record AcceptInvitation(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 128) String password,
            @Size(max = 100) String name) {}
}
