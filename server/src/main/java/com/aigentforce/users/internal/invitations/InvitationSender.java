package com.aigentforce.users.internal.invitations;

import com.aigentforce.users.internal.base.Invitation;

/** Delivers invitations; SMTP when {@code spring.mail.host} is configured, otherwise the admin passes the link on. */
public interface InvitationSender {

    void send(String email, String name, String organisation, Invitation invitation);
}
