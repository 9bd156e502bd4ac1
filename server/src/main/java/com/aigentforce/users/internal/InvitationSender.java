package com.aigentforce.users.internal;

/** Delivers invitations; SMTP when {@code spring.mail.host} is configured, otherwise the admin passes the link on. */
interface InvitationSender {

    void send(String email, String name, String organisation, Invitation invitation);
}
