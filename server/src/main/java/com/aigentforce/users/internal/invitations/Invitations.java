package com.aigentforce.users.internal.invitations;

import com.aigentforce.identity.Passwords;
import com.aigentforce.platform.Conflict;
import com.aigentforce.platform.NotFound;
import com.aigentforce.platform.crypto.SecretTokens;
import com.aigentforce.tenancy.Tenancy;
import com.aigentforce.tenancy.TenantContext;
import com.aigentforce.tenancy.TenantRef;
import com.aigentforce.users.internal.UsersProperties;
import com.aigentforce.users.internal.base.Auditor;
import com.aigentforce.users.internal.base.Invitation;
import com.aigentforce.users.internal.base.IssuedLink;
import com.aigentforce.users.internal.base.User;
import com.aigentforce.users.internal.base.UserModels.AcceptedInvitation;
import com.aigentforce.users.internal.base.UserModels.PendingInvitation;
import com.aigentforce.users.internal.base.UserStatus;
import com.aigentforce.users.internal.base.UserViewCache;
import com.aigentforce.users.internal.base.Users;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations for people created without a password: a single-use random token (only its hash is stored) that
 * the admin can pass on or that the configured sender emails.
 */
@Component
public class Invitations {

    private final Users users;
    private final Tenancy tenancy;
    private final Passwords passwords;
    private final InvitationSender sender;
    private final TransactionTemplate tx;
    private final Auditor auditor;
    private final UserViewCache views;
    private final Duration validity;

    Invitations(
            Users users,
            Tenancy tenancy,
            Passwords passwords,
            InvitationSender sender,
            TransactionTemplate tx,
            Auditor auditor,
            UserViewCache views,
            UsersProperties properties) {
        this.users = users;
        this.tenancy = tenancy;
        this.passwords = passwords;
        this.sender = sender;
        this.tx = tx;
        this.auditor = auditor;
        this.views = views;
        this.validity = properties.users().invitationValidity();
    }

    /** Issues a new link for an invited person; an earlier link dies, as only the latest token's hash is kept. */
    public Invitation issue(User user, String linkBase) {
        String token = SecretTokens.random(32);
        Instant expiresAt = Instant.now().plus(validity);
        user.invite(hash(token), expiresAt);
        Invitation invitation = new Invitation(token, linkBase + "/accept-invite?token=" + token, expiresAt);
        String organisation = tenancy.find(user.tenantId()).map(TenantRef::name).orElse("");
        sender.send(user.email(), user.name(), organisation, invitation);
        return invitation;
    }

    /** A new invitation link for someone who has not accepted yet (the admin's "resend"). */
    @Transactional
    public IssuedLink reissue(UUID userId, String linkBase) {
        User user = users.findById(userId).orElseThrow(() -> new NotFound("User", userId));
        if (user.status() != UserStatus.INVITED) {
            throw new Conflict(
                    "not-invited",
                    "This person has already set a password: reset their password instead of inviting them again");
        }
        Invitation invitation = issue(user, linkBase);
        views.evict(user.tenantId(), user.id());
        auditor.recordNamed("user.invitation.reissued", "user", user.id(), user.email(), Map.of("email", user.email()));
        return new IssuedLink(invitation.url(), invitation.expiresAt(), sender.mails());
    }

    public PendingInvitation info(String token) {
        return TenantContext.callAsSystem(() -> tx.execute(s -> {
            User user = pending(token);
            String organisation =
                    tenancy.find(user.tenantId()).map(TenantRef::name).orElse("");
            return new PendingInvitation(user.email(), user.name(), organisation, user.invitationExpiresAt());
        }));
    }

    public AcceptedInvitation accept(String token, String password, String name) {
        return TenantContext.callAsSystem(() -> tx.execute(s -> {
            User user = pending(token);
            passwords.requireAcceptable("password", password, user.email(), name == null ? user.name() : name);
            user.acceptInvitation(passwords.hash(password), name);
            views.evict(user.tenantId(), user.id());
            auditor.recordAnonymous(
                    user.tenantId(), "user.invitation.accepted", user.id(), user.email(), "user", user.id());
            return new AcceptedInvitation(user.tenantId(), user.id());
        }));
    }

    private User pending(String token) {
        return users.findByInvitationHash(hash(token))
                .filter(u -> u.status() == UserStatus.INVITED)
                .filter(u -> u.invitationExpiresAt() != null
                        && u.invitationExpiresAt().isAfter(Instant.now()))
                .orElseThrow(() -> new NotFound("Invitation", new UUID(0, 0)));
    }

    private static byte[] hash(String token) {
        return SecretTokens.digest(token);
    }
}
