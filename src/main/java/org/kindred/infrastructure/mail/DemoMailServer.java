package org.kindred.infrastructure.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.kindred.application.mail.DemoMailbox;

/**
 * Demo mode only: an embedded SMTP server on loopback that keeps what Kindred sends, so that someone
 * trying the product can read invitations in the portal (Admin, Demo mailbox). Never started in
 * production, where kindred.demo.enabled is false.
 */
@ApplicationScoped
public class DemoMailServer implements DemoMailbox {

    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());

    private GreenMail server;

    public synchronized void start(int smtpPort) {
        if (server != null) {
            return;
        }
        server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        LOG.info(() -> "demo mail server listening on 127.0.0.1:" + smtpPort);
    }

    @Override
    public synchronized boolean available() {
        return server != null;
    }

    /** The messages received so far, newest first. */
    @Override
    public synchronized List<DeliveredMail> messages() {
        if (server == null) {
            return List.of();
        }
        List<DeliveredMail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(0, flatten(message));
        }
        return mails;
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static DeliveredMail flatten(MimeMessage message) {
        try {
            String body = plainText(message);
            if (body == null) {
                body = "(" + message.getContentType() + ")";
            }
            String to = message.getAllRecipients() == null ? "" : message.getAllRecipients()[0].toString();
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            return new DeliveredMail(to, message.getSubject(), sent, body);
        } catch (MessagingException | IOException e) {
            return new DeliveredMail("", "(unreadable message)", null, "");
        }
    }

    /** The first text/plain part: invitations are multipart, with the calendar beside the text. */
    private static String plainText(jakarta.mail.Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (part.isMimeType("text/plain") && content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plainText(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
