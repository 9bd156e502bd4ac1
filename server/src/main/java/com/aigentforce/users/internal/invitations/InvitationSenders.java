package com.aigentforce.users.internal.invitations;

import com.aigentforce.users.internal.UsersProperties;
import com.aigentforce.users.internal.base.Invitation;
import com.aigentforce.users.internal.base.IssuedLink;
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
        JavaMailSender smtp = mail.getIfAvailable();
        return smtp == null ? new NoMail() : new Smtp(smtp, properties.mail().from());
    }

    /** No SMTP configured: the admin sees the link in the API answer and passes it on. */
    private static final class NoMail implements InvitationSender {

        @Override
        public boolean mails() {
            return false;
        }

        @Override
        public void send(String email, String name, String organisation, Invitation invitation) {
            LOGGER.info(
                    "Invitation created for a new member of {}; no mail server configured, the link is shown to the admin",
                    organisation);
        }

        @Override
        public void sendPasswordReset(String email, String name, String organisation, IssuedLink link) {
            LOGGER.info(
                    "Password reset link created for a member of {}; no mail server configured, the link is shown to the admin",
                    organisation);
        }
    }

    private record Smtp(JavaMailSender smtp, String from) implements InvitationSender {

        @Override
        public boolean mails() {
            return true;
        }

        @Override
        public void send(String email, String name, String organisation, Invitation invitation) {
            deliver(
                    email,
                    "You are invited to " + organisation + " on AiGentForce",
                    "Hello " + name + ",\n\nyou have been invited to join " + organisation + " on AiGentForce.\n"
                            + "Choose your password here: " + invitation.url() + "\n\nThe link is valid until "
                            + invitation.expiresAt() + ".\n",
                    organisation);
        }

        @Override
        public void sendPasswordReset(String email, String name, String organisation, IssuedLink link) {
            deliver(
                    email,
                    "Reset your AiGentForce password for " + organisation,
                    "Hello " + name + ",\n\nsomeone asked to reset your password for " + organisation
                            + " on AiGentForce.\nChoose a new password here: " + link.url()
                            + "\n\nThe link works once and is valid until " + link.expiresAt()
                            + ". If you did not ask for it, ignore this mail: your password stays as it is.\n",
                    organisation);
        }

        private void deliver(String to, String subject, String text, String organisation) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(text);
            try {
                smtp.send(message);
            } catch (MailException e) {
                LOGGER.warn("Mail to a member of {} could not be sent: {}", organisation, e.getMessage());
            }
        }
    }
}
