package com.aigentforce.users.internal.invitations;

import com.aigentforce.users.internal.base.Invitation;
import com.aigentforce.users.internal.base.IssuedLink;

/**
 * Delivers invitation and password-reset links; SMTP when {@code spring.mail.host} is configured, otherwise the admin
 * passes the link on.
 */
public interface InvitationSender {

    /** Whether links are mailed; when not, the admin is shown them. */
    boolean mails();

    void send(String email, String name, String organisation, Invitation invitation);

    void sendPasswordReset(String email, String name, String organisation, IssuedLink link);
}
