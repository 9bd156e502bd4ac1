package com.aigentforce.users.internal.invitations;

import com.aigentforce.users.internal.UsersProperties;
import com.aigentforce.users.internal.base.Invitation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class InvitationSenders {

    private static final Logger LOGGER = LoggerFactory.getLogger(InvitationSenders.class);

    @Bean
    InvitationSender invitationSender(ObjectProvider<JavaMailSender> mail, UsersProperties properties) {
        String from = properties.mail().from();
        JavaMailSender smtp = mail.getIfAvailable();
        if (smtp == null) {
            // no SMTP configured: the admin sees the link in the API answer and passes it on
            return (email, name, organisation, invitation) -> LOGGER.info(
                    "Invitation created for a new member of {}; no mail server configured, the link is shown to the admin",
                    organisation);
        }
        return (email, name, organisation, invitation) -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(email);
            message.setSubject("You are invited to " + organisation + " on AiGentForce");
            message.setText(body(name, organisation, invitation));
            try {
                smtp.send(message);
            } catch (MailException e) {
                LOGGER.warn("Invitation mail to a member of {} could not be sent: {}", organisation, e.getMessage());
            }
        };
    }

    private static String body(String name, String organisation, Invitation invitation) {
        return "Hello " + name + ",\n\nyou have been invited to join " + organisation + " on AiGentForce.\n"
                + "Choose your password here: " + invitation.url() + "\n\nThe link is valid until "
                + invitation.expiresAt() + ".\n";
    }
}
