package org.kindred.infrastructure.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kindred.application.mail.DemoMailbox;
import org.kindred.domain.model.invitation.InvitationCards;
import org.kindred.domain.model.session.Recurrence;
import org.kindred.domain.model.session.RecurrenceRules;

/**
 * Demo mode only: an embedded SMTP server on loopback that keeps what Kindred sends, so that someone
 * trying the product can read invitations in the portal (Admin, Demo mailbox). Never started in
 * production, where kindred.demo.enabled is false.
 */
@ApplicationScoped
public class DemoMailServer implements DemoMailbox {

    private static final Logger LOG = Logger.getLogger(DemoMailServer.class.getName());

    /** The links InvitationLetters writes into the text of an invitation. */
    private static final Pattern ACCEPT = Pattern.compile("I will attend: (\\S+)");
    private static final Pattern DECLINE = Pattern.compile("I cannot attend: (\\S+)");

    @Inject
    InvitationCards cards;

    @Inject
    RecurrenceRules rules;

    private GreenMail server;
    private final List<MimeMessage> ordered = new ArrayList<>();
    private final Set<MimeMessage> seen = Collections.newSetFromMap(new IdentityHashMap<>());

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

    @Override
    public synchronized MailboxPage page(String recipient, int first, int size) {
        if (server == null) {
            return new MailboxPage(List.of(), 0);
        }
        List<MimeMessage> received = received();
        String wanted = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
        List<Integer> matching = new ArrayList<>();
        for (int i = received.size() - 1; i >= 0; i--) {
            if (wanted.isEmpty() || to(received.get(i)).toLowerCase(Locale.ROOT).contains(wanted)) {
                matching.add(i);
            }
        }
        int from = Math.max(0, Math.min(first, matching.size()));
        int to = Math.min(matching.size(), from + Math.max(1, size));
        List<DeliveredMail> mails = new ArrayList<>(to - from);
        for (int index : matching.subList(from, to)) {
            mails.add(flatten(index + 1, received.get(index)));
        }
        return new MailboxPage(mails, matching.size());
    }

    @Override
    public synchronized Optional<byte[]> raw(int number) {
        return message(number).flatMap(message -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                message.writeTo(out);
                return Optional.of(out.toByteArray());
            } catch (MessagingException | IOException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public synchronized Optional<CalendarPart> calendar(int number) {
        return message(number).flatMap(message -> {
            try {
                return Optional.ofNullable(calendarPart(message));
            } catch (MessagingException | IOException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<MimeMessage> message(int number) {
        if (server == null) {
            return Optional.empty();
        }
        List<MimeMessage> received = received();
        return number < 1 || number > received.size() ? Optional.empty() : Optional.of(received.get(number - 1));
    }

    /**
     * Every message received so far, in a fixed order so that a message keeps its number: GreenMail lists
     * them mailbox by mailbox, so those new since the last look are added at the end, oldest first.
     */
    private List<MimeMessage> received() {
        List<MimeMessage> fresh = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (seen.add(message)) {
                fresh.add(message);
            }
        }
        fresh.sort(Comparator.comparing(DemoMailServer::sentMillis).thenComparing(DemoMailServer::messageId));
        ordered.addAll(fresh);
        return ordered;
    }

    private static long sentMillis(MimeMessage message) {
        try {
            return message.getSentDate() == null ? 0 : message.getSentDate().getTime();
        } catch (MessagingException e) {
            return 0;
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (MessagingException e) {
            return "";
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            ordered.clear();
            seen.clear();
        }
    }

    private DeliveredMail flatten(int number, MimeMessage message) {
        try {
            String body = part(message, "text/plain");
            if (body == null) {
                body = "(" + message.getContentType() + ")";
            }
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            CalendarPart calendar = calendarPart(message);
            Invitation invitation = calendar == null ? null : invitation(calendar.text(), body);
            return new DeliveredMail(number, to(message), message.getSubject(), sent, body,
                    part(message, "text/html"), invitation);
        } catch (MessagingException | IOException | RuntimeException e) {
            return new DeliveredMail(number, "", "(unreadable message)", null, "", null, null);
        }
    }

    private Invitation invitation(String calendar, String body) {
        return cards.read(calendar).map(card -> {
            Recurrence recurrence = null;
            if (card.rrule() != null) {
                try {
                    recurrence = rules.parse(card.rrule(), card.start().toLocalDateTime(), card.start().getZone());
                } catch (RuntimeException notOneOfOurs) {
                    recurrence = null;
                }
            }
            return new Invitation(card.method(), card.title(), card.start().toInstant(),
                    card.end() == null ? null : card.end().toInstant(), recurrence,
                    link(body, ACCEPT), link(body, DECLINE));
        }).orElse(null);
    }

    private static String link(String body, Pattern pattern) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients() == null ? "" : message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The first part of this type: invitations are multipart, with the calendar beside the text. */
    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static CalendarPart calendarPart(MimeMessage message) throws MessagingException, IOException {
        Part found = find(message);
        if (found == null) {
            return null;
        }
        String method = new ContentType(found.getContentType()).getParameter("method");
        byte[] bytes = found.getInputStream().readAllBytes();
        return new CalendarPart(method == null ? "REQUEST" : method.toUpperCase(Locale.ROOT),
                new String(bytes, StandardCharsets.UTF_8));
    }

    private static Part find(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = find(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
