package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kindred.application.PortalSettings;
import org.kindred.application.Formats;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.invitation.CalendarEvent;
import org.kindred.domain.model.invitation.CalendarFormat;
import org.kindred.domain.model.invitation.CalendarMessage;
import org.kindred.domain.model.invitation.CalendarMethod;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.invitation.PartStat;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.room.RoomRepository;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.OccurrenceStatus;
import org.kindred.domain.model.session.Place;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Writes the invitation emails: the calendar object (through {@link CalendarFormat}) and the text
 * around it. Nothing in them names another member or says more than the calendar title: the group's
 * neutral title by default, a portal link, the time and the place.
 */
@ApplicationScoped
public class InvitationLetters {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InvitationLetters.class.getName());

    static final int ALARM_MINUTES = 15;

    @Inject
    CalendarFormat format;

    @Inject
    GroupRepository groups;

    @Inject
    RoomRepository rooms;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PortalSettings portal;

    @Inject
    InvitationSettings settings;

    @Inject
    ReplyLinks links;

    @Inject
    Clock clock;

    /**
     * Whether a person's stored address can take an invitation: a valid address that is not the
     * scheduling mailbox itself (it is the ORGANIZER). One that cannot gets no email, and the change
     * still goes ahead: logged by person id only.
     */
    public boolean reachable(Person person) {
        try {
            String address = new EmailAddress(person.email() == null ? null : person.email().value()).value();
            if (!address.equalsIgnoreCase(settings.organiserMailbox())) {
                return true;
            }
        } catch (IllegalArgumentException e) {
            // not an address
        }
        LOG.warning(() -> "person " + person.id() + " has no usable email address; no email written");
        return false;
    }

    /** The whole series as it stands: its rule, EXDATEs for cancelled dates and each moved date as an override. */
    public OutboxMessage wholeSeries(SessionSeries series, Person to, MailKind kind) {
        List<CalendarEvent> events = events(series);
        CalendarEvent master = events.get(0);
        String when = series.isOneOff() ? Formats.dateTime(master.start())
                : "from " + Formats.dateTime(master.start());
        String subject = (kind == MailKind.INVITATION ? "Invitation: " : "Updated: ") + master.summary() + ", " + when;
        String intro = kind == MailKind.INVITATION
                ? "You are invited to " + describe(series) + ", " + when + " (" + zoneName(series) + ")."
                : "The times or place of " + describe(series) + " have changed. Your calendar is updated by this email.";
        return letter(series, null, to, kind, CalendarMethod.REQUEST, master.sequence(), events, subject, intro, true);
    }

    /** One occurrence moved: a REQUEST with its RECURRENCE-ID only. */
    public OutboxMessage oneOccurrence(SessionSeries series, Occurrence occurrence, Person to) {
        CalendarEvent event = override(series, occurrence);
        String subject = "Updated: " + event.summary() + ", " + Formats.dateTime(event.start());
        String intro = "One session of " + describe(series) + " has moved. It is now on "
                + Formats.dateTime(event.start()) + " (" + zoneName(series) + ").";
        return letter(series, occurrence, to, MailKind.UPDATE, CalendarMethod.REQUEST, event.sequence(),
                List.of(event), subject, intro, true);
    }

    /** One occurrence cancelled: a CANCEL with its RECURRENCE-ID and a higher SEQUENCE. */
    public OutboxMessage cancelOccurrence(SessionSeries series, Occurrence occurrence, Person to) {
        CalendarEvent event = cancelled(override(series, occurrence), Math.max(series.sequence() + 1, occurrence.sequence()));
        String subject = "Cancelled: " + event.summary() + ", " + Formats.dateTime(occurrence.originalStart());
        String intro = "The session of " + describe(series) + " on " + Formats.dateTime(occurrence.originalStart())
                + " is cancelled. The other sessions go ahead. Kindred has the details.";
        return letter(series, occurrence, to, MailKind.CANCELLATION, CalendarMethod.CANCEL, event.sequence(),
                List.of(event), subject, intro, false);
    }

    /**
     * The whole event cancelled for this person: a cancelled one-off session, or every session for
     * someone who is no longer invited (SEQUENCE as given).
     */
    public OutboxMessage cancelSeries(SessionSeries series, Person to, int sequence, boolean personLeft) {
        CalendarEvent master = events(series).get(0);
        CalendarEvent event = cancelled(new CalendarEvent(master.uid(), sequence, master.summary(), master.description(),
                master.location(), master.url(), master.zone(), master.start(), master.end(), master.rrule(),
                List.of(), null, true, null), sequence);
        String subject = "Cancelled: " + event.summary();
        String intro = personLeft
                ? "You are no longer invited to " + describe(series) + ", so these sessions are removed from your calendar."
                : "The session of " + describe(series) + " on " + Formats.dateTime(master.start()) + " is cancelled.";
        return letter(series, null, to, MailKind.CANCELLATION, CalendarMethod.CANCEL, sequence, List.of(event),
                subject, intro, false);
    }

    /** The events of a series for a calendar: the master first, then the moved occurrences. */
    public List<CalendarEvent> events(SessionSeries series) {
        String summary = title(series);
        String location = location(series.place());
        LocalDateTime start = series.firstStart();
        List<LocalDateTime> exdates = new ArrayList<>();
        List<CalendarEvent> overrides = new ArrayList<>();
        for (Occurrence occurrence : series.occurrences()) {
            if (series.isOneOff()) {
                continue;
            }
            if (occurrence.status() == OccurrenceStatus.CANCELLED) {
                exdates.add(occurrence.originalStart());
            } else if (occurrence.overridden()) {
                overrides.add(override(series, occurrence));
            }
        }
        List<CalendarEvent> events = new ArrayList<>();
        events.add(new CalendarEvent(series.uid(), series.sequence(), summary, description(series), location,
                portalUrl(series), series.zone(), start, start.plusMinutes(series.durationMinutes()), series.rrule(),
                exdates, null, false, ALARM_MINUTES));
        events.addAll(overrides);
        return events;
    }

    private CalendarEvent override(SessionSeries series, Occurrence occurrence) {
        ZoneId zone = series.zone();
        return new CalendarEvent(series.uid(), Math.max(series.sequence(), occurrence.sequence()), title(series),
                description(series), location(occurrence.place()), portalUrl(series), zone,
                LocalDateTime.ofInstant(occurrence.startsAt(), zone), LocalDateTime.ofInstant(occurrence.endsAt(), zone),
                null, List.of(), series.isOneOff() ? null : occurrence.originalStart(), false, ALARM_MINUTES);
    }

    private static CalendarEvent cancelled(CalendarEvent e, int sequence) {
        return new CalendarEvent(e.uid(), sequence, e.summary(), e.description(), e.location(), e.url(), e.zone(),
                e.start(), e.end(), e.rrule(), List.of(), e.recurrenceId(), true, null);
    }

    private OutboxMessage letter(SessionSeries series, Occurrence occurrence, Person to, MailKind kind,
                                 CalendarMethod method, int sequence, List<CalendarEvent> events, String subject,
                                 String intro, boolean answerLinks) {
        Instant now = clock.instant();
        String organiser = settings.organiserMailbox();
        String ics = format.write(new CalendarMessage(method, organiser, organisationName(series), to.email().value(),
                events, now));
        StringBuilder text = new StringBuilder("Hello,\n\n").append(intro).append("\n\n");
        StringBuilder html = new StringBuilder("<p>Hello,</p><p>").append(Html.escape(intro)).append("</p>");
        if (answerLinks) {
            long key = ReplyLinks.occurrenceKey(occurrence == null ? null : occurrence.id());
            URI accept = portal.link("/rsvp.xhtml?token=" + links.sign(to.id(), series.id(), key, PartStat.ACCEPTED));
            URI decline = portal.link("/rsvp.xhtml?token=" + links.sign(to.id(), series.id(), key, PartStat.DECLINED));
            text.append("Answer with Accept or Decline in your calendar, or with these links:\n")
                    .append("I will attend: ").append(accept).append("\n")
                    .append("I cannot attend: ").append(decline).append("\n\n");
            html.append("<p>Answer with Accept or Decline in your calendar, or here: <a href=\"")
                    .append(Html.escape(accept.toString())).append("\">I will attend</a> &middot; <a href=\"")
                    .append(Html.escape(decline.toString())).append("\">I cannot attend</a></p>");
        }
        String more = portalUrl(series);
        text.append("Details and your other sessions are in Kindred: ").append(more).append("\n");
        html.append("<p>Details and your other sessions are in <a href=\"").append(Html.escape(more))
                .append("\">Kindred</a>.</p>");
        return OutboxMessage.to(series.organisationId(), to.id(), to.email().value(), kind)
                .about(series.groupId(), series.id(), occurrence == null ? null : occurrence.id())
                .calendar(method, sequence, ics)
                .content(subject, text.toString(), html.toString())
                .build(messageId(), now);
    }

    /** A plain email with no calendar part, such as a reminder. */
    public OutboxMessage plain(long organisationId, Person to, MailKind kind, Long groupId, Long seriesId,
                               Long occurrenceId, String subject, String body) {
        String text = "Hello,\n\n" + body + "\n";
        String html = "<p>Hello,</p><p>" + Html.escape(body).replace("\n", "<br>") + "</p>";
        return OutboxMessage.to(organisationId, to.id(), to.email().value(), kind)
                .about(groupId, seriesId, occurrenceId)
                .content(subject, text, html)
                .build(messageId(), clock.instant());
    }

    /** An alert to an address that is not a person's, such as the scheduling mailbox. */
    public OutboxMessage alert(long organisationId, Person to, String subject, String body) {
        return plain(organisationId, to, MailKind.ALERT, null, null, null, subject, body);
    }

    public String title(SessionSeries series) {
        SupportGroup group = groups.find(series.groupId()).orElseThrow();
        if (series.kind() == SeriesKind.GROUP_SESSION) {
            return group.calendarTitle();
        }
        return switch (series.kind()) {
            case ROUND_PREPARATION -> "Schwartz Round preparation";
            case ROUND_DEBRIEF -> "Schwartz Round debrief";
            default -> "Schwartz Round";
        };
    }

    private String describe(SessionSeries series) {
        return series.kind() == SeriesKind.GROUP_SESSION ? "your group's sessions" : "a " + title(series).toLowerCase(java.util.Locale.UK).replace("schwartz", "Schwartz");
    }

    private static String description(SessionSeries series) {
        return series.kind() == SeriesKind.GROUP_SESSION
                ? "A session of your reflective-practice group. Details, ground rules and your answers are in Kindred."
                : "Details are in Kindred.";
    }

    public String location(Place place) {
        List<String> parts = new ArrayList<>();
        if (place.roomId() != null) {
            rooms.find(place.roomId()).map(InvitationLetters::roomName).ifPresent(parts::add);
        }
        if (place.onlineLink() != null) {
            parts.add(place.onlineLink());
        }
        return parts.isEmpty() ? null : String.join(" / ", parts);
    }

    private static String roomName(Room room) {
        return room.site() == null ? room.name() : room.name() + ", " + room.site().name();
    }

    private String portalUrl(SessionSeries series) {
        return portal.link(series.kind() == SeriesKind.GROUP_SESSION ? "/participant/index.xhtml" : "/participant/panels.xhtml")
                .toString();
    }

    private String organisationName(SessionSeries series) {
        return organisations.find(series.organisationId()).map(o -> o.name()).orElse(null);
    }

    private static String zoneName(SessionSeries series) {
        return series.zone().getId();
    }

    private String messageId() {
        String host = portal.link("/").getHost();
        return "<" + UUID.randomUUID() + "@" + (host == null || host.isBlank() ? "kindred.invalid" : host) + ">";
    }
}
