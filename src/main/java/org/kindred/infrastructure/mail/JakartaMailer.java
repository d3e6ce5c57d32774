package org.kindred.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.logging.Logger;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.application.mail.MailMessage;
import org.kindred.application.mail.Mailer;

/** Sends plain-text mail over SMTP. Logs name no recipient: only that a message went, or why not. */
@ApplicationScoped
public class JakartaMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(JakartaMailer.class.getName());

    @Inject
    MailSessions sessions;

    @Inject
    Clock clock;

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(sessions.smtp());
            mime.setFrom(new InternetAddress(sessions.fromAddress()));
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.to(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.text(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(clock.instant()));
            Transport.send(mime);
            LOG.fine("mail sent");
        } catch (MessagingException e) {
            LOG.warning(() -> "mail not sent: " + e.getClass().getSimpleName());
            throw new MailDeliveryException("The mail server did not accept the message", e);
        }
    }
}
