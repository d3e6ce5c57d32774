package org.kindred.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.kindred.application.mail.Inbox;
import org.kindred.application.mail.IncomingMail;
import org.kindred.application.mail.MailDeliveryException;
import org.kindred.infrastructure.config.KindredSettings.MailServerSettings;

/**
 * The scheduling mailbox's INBOX over IMAP. Unread messages are handed over one by one; a message is
 * marked read only once handled, so a reply that arrived while the database was down is read again
 * later. Messages are identified in logs by their IMAP UID, never by sender or subject.
 */
@ApplicationScoped
public class ImapInbox implements Inbox {

    private static final Logger LOG = Logger.getLogger(ImapInbox.class.getName());
    private static final int MAX_CALENDAR_BYTES = 256 * 1024;
    /** Real replies nest two or three levels; a deeper message is not looked into further. */
    private static final int MAX_DEPTH = 8;
    private static final int MAX_READ_FAILURES = 5;
    /** Handled messages are marked read this many at a time: a crash re-reads at most these, harmlessly. */
    private static final int MARK_READ_BATCH = 50;

    private final java.util.Map<String, Integer> unreadable = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    MailSessions sessions;

    @Override
    public int poll(int max, Predicate<IncomingMail> handler) {
        MailServerSettings server = sessions.imapServer();
        Store store = null;
        Folder inbox = null;
        try {
            store = sessions.imap().getStore();
            store.connect(server.host(), server.port(), server.user(), server.password());
            inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message[] unread = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
            if (unread.length > max) {
                unread = java.util.Arrays.copyOf(unread, max);
            }
            // Sender, structure and UID of the whole batch in one command, not three round trips a message.
            FetchProfile batch = new FetchProfile();
            batch.add(FetchProfile.Item.ENVELOPE);
            batch.add(FetchProfile.Item.CONTENT_INFO);
            batch.add(UIDFolder.FetchProfileItem.UID);
            inbox.fetch(unread, batch);
            List<Message> done = new ArrayList<>();
            try {
                return handOver(inbox, unread, max, handler, done);
            } finally {
                markRead(inbox, done);
            }
        } catch (MessagingException e) {
            throw new MailDeliveryException("the scheduling mailbox could not be read: " + e.getClass().getSimpleName(), e);
        } finally {
            close(inbox, store);
        }
    }

    /**
     * Hands the messages over one by one; those handled (or set aside) are added to {@code done}, and
     * marked read a batch at a time rather than with a command each.
     */
    private int handOver(Folder inbox, Message[] unread, int max, Predicate<IncomingMail> handler, List<Message> done)
            throws MessagingException {
        int handed = 0;
        for (Message message : unread) {
            if (handed == max) {
                break;
            }
            handed++;
            String reference = reference(inbox, message);
            IncomingMail mail;
            try {
                mail = new IncomingMail(reference, from(message), calendarPart(message, 0));
                unreadable.remove(reference);
            } catch (MessagingException | IOException | RuntimeException | StackOverflowError e) {
                // Left unread to be read again, unless it has failed every time: then it is set aside.
                int failures = unreadable.merge(reference, 1, Integer::sum);
                LOG.warning(() -> "mail " + reference + " in the scheduling mailbox could not be read ("
                        + e.getClass().getSimpleName() + "), attempt " + failures + " of " + MAX_READ_FAILURES);
                if (failures >= MAX_READ_FAILURES) {
                    unreadable.remove(reference);
                    done.add(message);
                }
                continue;
            }
            boolean handled;
            try {
                handled = handler.test(mail);
            } catch (RuntimeException e) {
                // The handler classifies its own failures; this only keeps one message from ending the poll.
                LOG.warning(() -> "mail " + reference + " was not handled: " + e.getClass().getSimpleName());
                handled = false;
            }
            if (handled) {
                done.add(message);
                if (done.size() >= MARK_READ_BATCH) {
                    markRead(inbox, done);
                }
            }
        }
        return handed;
    }

    private static void markRead(Folder inbox, List<Message> done) throws MessagingException {
        if (!done.isEmpty()) {
            inbox.setFlags(done.toArray(new Message[0]), new Flags(Flags.Flag.SEEN), true);
            done.clear();
        }
    }

    private static String reference(Folder folder, Message message) {
        try {
            if (folder instanceof UIDFolder uids) {
                return "uid " + uids.getUID(message);
            }
        } catch (MessagingException e) {
            // fall through to the message number
        }
        return "number " + message.getMessageNumber();
    }

    private static String from(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
            return null;
        }
        return address.getAddress();
    }

    /** The first text/calendar (or application/ics) part, decoded with its charset, or null; at most {@link #MAX_DEPTH} levels down. */
    private static String calendarPart(Part part, int depth) throws MessagingException, IOException {
        ContentType type = new ContentType(part.getContentType());
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.equals("text/calendar") || base.equals("application/ics")) {
            Charset charset = StandardCharsets.UTF_8;
            String name = type.getParameter("charset");
            if (name != null && Charset.isSupported(name)) {
                charset = Charset.forName(name);
            }
            try (InputStream in = part.getInputStream()) {
                byte[] bytes = in.readNBytes(MAX_CALENDAR_BYTES + 1);
                if (bytes.length > MAX_CALENDAR_BYTES) {
                    return null;
                }
                return new String(bytes, charset);
            }
        }
        if (base.startsWith("multipart/") && depth < MAX_DEPTH) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = calendarPart(multipart.getBodyPart(i), depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static void close(Folder folder, Store store) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            LOG.fine("closing the mailbox folder failed");
        }
        try {
            if (store != null) {
                store.close();
            }
        } catch (MessagingException e) {
            LOG.fine("closing the mailbox failed");
        }
    }
}
