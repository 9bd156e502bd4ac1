package com.aigentforce.users.internal.web;

import com.aigentforce.platform.security.PublicEndpoint;
import com.aigentforce.users.internal.invitations.Invitations;
import com.aigentforce.users.internal.web.UserRequests.AcceptInvitation;
import com.aigentforce.users.internal.web.UserViews.InvitationAccepted;
import com.aigentforce.users.internal.web.UserViews.InvitationInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/invitations")
@Tag(name = "Authentication")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/{token}")
    @PublicEndpoint
    @Operation(summary = "Look up a pending invitation")
    InvitationInfo info(@PathVariable @Size(max = 200) String token) {
        return InvitationInfo.of(invitations.info(token));
    }

    @PostMapping("/accept")
    @PublicEndpoint
    @Operation(summary = "Accept an invitation by choosing a password")
    InvitationAccepted accept(@Valid @RequestBody AcceptInvitation request) {
        return InvitationAccepted.of(invitations.accept(request.token(), request.password(), request.name()));
    }
}
