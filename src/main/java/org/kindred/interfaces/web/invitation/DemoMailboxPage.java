package org.kindred.interfaces.web.invitation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.kindred.application.PortalSettings;
import org.kindred.application.mail.DemoMailbox;
import org.kindred.application.mail.DemoMailbox.DeliveredMail;
import org.kindred.application.mail.DemoMailbox.Invitation;
import org.kindred.application.mail.DemoMailbox.MailboxPage;
import org.kindred.domain.model.session.Recurrence;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Demo mode: what Kindred has sent, so that invitations can be seen without a real mail server. Paged
 * on the server (newest first) and filtered by recipient through GET parameters, so a page is a link.
 */
@Named
@RequestScoped
public class DemoMailboxPage {

    static final int PAGE_SIZE = 20;
    private static final int MAX_FILTER = 254;

    @Inject
    DemoMailbox mailbox;

    @Inject
    PortalSettings settings;

    private String recipient;
    private int page = 1;
    private MailboxPage loaded;

    public boolean isAvailable() {
        return mailbox.available();
    }

    public List<DeliveredMail> getMessages() {
        return loaded().mails();
    }

    public int getTotal() {
        return loaded().total();
    }

    public int getPages() {
        return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getPages();
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient == null || recipient.length() > MAX_FILTER ? null : recipient.strip();
    }

    public String getPage() {
        return String.valueOf(page);
    }

    /** A page number out of range, or not a number, shows the nearest page rather than an error. */
    public void setPage(String page) {
        try {
            this.page = page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            this.page = 1;
        }
    }

    public int getNumber() {
        return page;
    }

    /** The recurrence in words: "Every other Thursday, 12 times". Empty for a single session. */
    public String recurrence(Invitation invitation) {
        Recurrence recurrence = invitation == null ? null : invitation.recurrence();
        if (recurrence == null || invitation.start() == null) {
            return "";
        }
        ZoneId zone = settings.timeZone();
        DayOfWeek day = invitation.start().atZone(zone).getDayOfWeek();
        String weekday = day.getDisplayName(TextStyle.FULL, Locale.UK);
        int dayOfMonth = invitation.start().atZone(zone).getDayOfMonth();
        String shape = switch (recurrence.pattern()) {
            case WEEKLY -> Texts.get("demo.mailbox.everyWeekday", weekday);
            case FORTNIGHTLY -> Texts.get("demo.mailbox.everyOtherWeekday", weekday);
            case MONTHLY_BY_WEEKDAY -> Texts.get("demo.mailbox.monthlyOnWeekday",
                    ordinal((dayOfMonth - 1) / 7 + 1), weekday);
            case MONTHLY_BY_DATE -> Texts.get("demo.mailbox.monthlyOnDate", dayOfMonth);
        };
        return recurrence.count() != null
                ? Texts.get("demo.mailbox.times", shape, recurrence.count())
                : Texts.get("demo.mailbox.until", shape, recurrence.until().format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)));
    }

    /** The HTML body for the sandboxed frame: its links open in a new tab, out of the sandbox. */
    public String frame(DeliveredMail mail) {
        if (mail.html() == null) {
            return null;
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + escape(mail.subject()) + "</title></head><body>"
                + mail.html().replace("<a href=", "<a target=\"_blank\" rel=\"noopener\" href=") + "</body></html>";
    }

    private MailboxPage loaded() {
        if (loaded == null) {
            loaded = mailbox.page(recipient, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            if (loaded.mails().isEmpty() && loaded.total() > 0) {
                page = getPagesOf(loaded.total());
                loaded = mailbox.page(recipient, (page - 1) * PAGE_SIZE, PAGE_SIZE);
            }
        }
        return loaded;
    }

    private static String ordinal(int week) {
        return switch (week) {
            case 1 -> Texts.get("demo.mailbox.first");
            case 2 -> Texts.get("demo.mailbox.second");
            case 3 -> Texts.get("demo.mailbox.third");
            default -> Texts.get("demo.mailbox.fourth");
        };
    }

    private static int getPagesOf(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
