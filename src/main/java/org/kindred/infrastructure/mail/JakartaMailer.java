package org.kindred.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import org.kindred.application.mail.Delivery;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.application.mail.MailMessage;
import org.kindred.application.mail.MailRelay;
import org.kindred.application.mail.Mailer;
import org.kindred.application.mail.OutgoingMail;

/**
 * Sends mail over SMTP. Logs name no recipient: only that a message went, or why not.
 *
 * <p>An outbox message with a calendar part is built as the product brief's section 5 asks:
 * {@code multipart/mixed { multipart/alternative { text/plain, text/html, text/calendar; method=X;
 * charset=UTF-8 }, application/ics }}, the calendar part inline, 7bit when it is ASCII and base64
 * otherwise, and the Message-ID the outbox fixed.
 */
@ApplicationScoped
public class JakartaMailer implements Mailer, MailRelay {

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

    @Override
    public List<Delivery> deliver(List<OutgoingMail> batch) {
        List<Delivery> results = new ArrayList<>(batch.size());
        if (batch.isEmpty()) {
            return results;
        }
        Session session = sessions.smtp();
        String from = sessions.fromAddress();
        Transport transport = null;
        try {
            transport = session.getTransport();
            transport.connect();
            for (OutgoingMail mail : batch) {
                if (transport == null) {
                    results.add(Delivery.failed(mail.outboxId(), false, "connection lost"));
                    continue;
                }
                try {
                    MimeMessage message = mime(session, from, mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    results.add(Delivery.ok(mail.outboxId()));
                } catch (SendFailedException e) {
                    // The server refused this recipient (a 5xx): trying again will not help.
                    boolean permanent = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
                    results.add(Delivery.failed(mail.outboxId(), permanent, "recipient refused"));
                } catch (jakarta.mail.internet.AddressException e) {
                    results.add(Delivery.failed(mail.outboxId(), true, "address is not valid"));
                } catch (MessagingException e) {
                    results.add(Delivery.failed(mail.outboxId(), false, e.getClass().getSimpleName()));
                    close(transport);
                    transport = null; // the rest of the batch waits for the next attempt
                }
            }
        } catch (MessagingException e) {
            String reason = "mail server unreachable: " + e.getClass().getSimpleName();
            for (int i = results.size(); i < batch.size(); i++) {
                results.add(Delivery.failed(batch.get(i).outboxId(), false, reason));
            }
        } finally {
            close(transport);
        }
        return results;
    }

    private MimeMessage mime(Session session, String from, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, mail.messageId());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        if (mail.calendar() == null) {
            message.setContent(alternative);
            message.saveChanges();
            return message;
        }
        byte[] ics = mail.calendar().getBytes(StandardCharsets.UTF_8);
        boolean ascii = ics.length == mail.calendar().length();
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics,
                "text/calendar; method=" + mail.calendarMethod() + "; charset=UTF-8")));
        calendar.setHeader("Content-Type", "text/calendar; method=" + mail.calendarMethod() + "; charset=UTF-8");
        calendar.setHeader("Content-Transfer-Encoding", ascii ? "7bit" : "base64");
        calendar.setDisposition(MimeBodyPart.INLINE);
        alternative.addBodyPart(calendar);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, "application/ics")));
        attachment.setHeader("Content-Type", "application/ics; name=\"invite.ics\"");
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        attachment.setHeader("Content-Transfer-Encoding", "base64");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrapper);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.fine("closing the SMTP connection failed");
            }
        }
    }

    /** Keeps the Message-ID the outbox chose: Jakarta Mail would make a new one on every save. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
