package org.kindred.it;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what Kindred sent, as a GreenMail server received it. */
public final class Mail {

    private Mail() {
    }

    /** Waits until the predicate holds for the messages to these recipients, then returns those messages. */
    public static List<MimeMessage> await(GreenMailOperations mail, Collection<String> recipients, Duration timeout,
                                          Predicate<List<MimeMessage>> done) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        List<MimeMessage> found = to(mail, recipients);
        while (!done.test(found) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
            found = to(mail, recipients);
        }
        return found;
    }

    public static List<MimeMessage> to(GreenMailOperations mail, Collection<String> recipients) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            String to = recipient(message);
            if (to != null && recipients.contains(to)) {
                found.add(message);
            }
        }
        return found;
    }

    public static String recipient(Message message) {
        try {
            var all = message.getRecipients(Message.RecipientType.TO);
            return all == null || all.length == 0 ? null : ((InternetAddress) all[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int recipientCount(Message message) throws MessagingException {
        var all = message.getAllRecipients();
        return all == null ? 0 : all.length;
    }

    /** The MIME tree as a compact string: multipart/mixed[multipart/alternative[text/plain,...],application/ics]. */
    public static String structure(Part part) throws MessagingException, IOException {
        String type = part.getContentType().split(";")[0].strip().toLowerCase();
        if (part.getContent() instanceof Multipart multipart) {
            List<String> children = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                children.add(structure(multipart.getBodyPart(i)));
            }
            return type + "[" + String.join(",", children) + "]";
        }
        return type;
    }

    /** The first part of this base type (e.g. text/calendar), or null. */
    public static BodyPart part(Part part, String baseType) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (child.getContentType().toLowerCase().startsWith(baseType)) {
                    return child;
                }
                BodyPart deeper = part(child, baseType);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    /** The decoded text of a part, as UTF-8. */
    public static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The iCalendar text of a message's text/calendar part. */
    public static String calendar(Part message) throws MessagingException, IOException {
        BodyPart calendar = part(message, "text/calendar");
        return calendar == null ? null : text(calendar);
    }

    /**
     * An iCalendar property's value, e.g. value(ics, "SEQUENCE"): the first in a VEVENT, or else the
     * first anywhere (METHOD, say), never one of a VTIMEZONE's.
     */
    public static String value(String ics, String property) {
        String text = unfold(ics);
        Pattern pattern = Pattern.compile("(?m)^" + Pattern.quote(property) + "(;[^:\\r\\n]*)?:(.*?)\\r?$");
        int event = text.indexOf("BEGIN:VEVENT");
        if (event >= 0) {
            Matcher inEvent = pattern.matcher(text.substring(event));
            if (inEvent.find()) {
                return inEvent.group(2);
            }
        }
        Matcher anywhere = pattern.matcher(text);
        return anywhere.find() ? anywhere.group(2) : null;
    }

    public static String unfold(String ics) {
        return ics.replaceAll("\\r\\n[ \\t]", "");
    }

    /** The first link in the plain-text body that matches the pattern (group 1). */
    public static String link(MimeMessage message, Pattern pattern) throws MessagingException, IOException {
        BodyPart plain = part(message, "text/plain");
        Matcher m = pattern.matcher(text(plain));
        return m.find() ? m.group(1) : null;
    }

    /** Sends an iTIP REPLY as a mail client would: text and calendar alternatives, by SMTP to the mailbox. */
    public static void sendReply(GreenMailOperations mail, String from, String to, String calendar)
            throws MessagingException {
        jakarta.mail.Session session = mail.getSmtp().createSession();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Reply");
        jakarta.mail.internet.MimeMultipart alternative = new jakarta.mail.internet.MimeMultipart("alternative");
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("Answer", "UTF-8");
        alternative.addBodyPart(text);
        jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
        part.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                calendar.getBytes(StandardCharsets.UTF_8), "text/calendar; method=REPLY; charset=UTF-8")));
        alternative.addBodyPart(part);
        message.setContent(alternative);
        jakarta.mail.Transport.send(message);
    }
}
