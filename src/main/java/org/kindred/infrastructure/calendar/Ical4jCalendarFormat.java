package org.kindred.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.kindred.domain.model.invitation.CalendarEvent;
import org.kindred.domain.model.invitation.CalendarFormat;
import org.kindred.domain.model.invitation.CalendarMessage;
import org.kindred.domain.model.invitation.CalendarReply;
import org.kindred.domain.model.invitation.MalformedReplyException;
import org.kindred.domain.model.invitation.PartStat;

/**
 * Writes iTIP messages and feeds with iCal4j, and reads REPLY messages. The rules of the product brief
 * (section 5) that iCal4j leaves to its caller are kept here:
 * <ul>
 *   <li>every time carries the TZID of the organisation's zone, with a compact VTIMEZONE made from
 *       the zone's current rules ({@link VTimeZones}), never iCal4j's historical one;</li>
 *   <li>EXDATE and RECURRENCE-ID have the TZID and value type of DTSTART; DTSTAMP is UTC;</li>
 *   <li>lines are folded at 75 octets on character boundaries ({@link Folding}): iCal4j's own folding
 *       counts characters and has split UTF-8 sequences (ical4j issues 800 and 832).</li>
 * </ul>
 */
@ApplicationScoped
public class Ical4jCalendarFormat implements CalendarFormat {

    static final String PRODUCT_ID = "-//Kindred//Kindred reflective practice//EN";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final int MAX_REPLY_LENGTH = 256 * 1024;
    /** RFC 5545 CONTROL characters, a CR that ends no line, and what decoding put for undecodable bytes. */
    private static final java.util.regex.Pattern NOT_TEXT =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFD]|\\r(?!\\n)");
    private static final java.util.regex.Pattern BARE_LF = java.util.regex.Pattern.compile("(?<!\\r)\\n");

    @Override
    public String write(CalendarMessage message) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(message.method().name()));
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (CalendarEvent event : message.events()) {
            zones.add(event.zone());
        }
        for (ZoneId zone : zones) {
            // a moved date's RECURRENCE-ID may come before its start, across a change of the clocks
            LocalDateTime earliest = message.events().stream().filter(e -> e.zone().equals(zone))
                    .flatMap(e -> Stream.of(e.start(), e.recurrenceId()))
                    .filter(Objects::nonNull).min(LocalDateTime::compareTo).orElseThrow();
            calendar.add(VTimeZones.of(zone, earliest));
        }
        for (CalendarEvent event : message.events()) {
            calendar.add(vevent(event, message));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return Folding.fold(out.toString());
    }

    private static VEvent vevent(CalendarEvent event, CalendarMessage message) {
        VEvent vevent = new VEvent(false);
        vevent.add(new DtStamp(message.stamp()));
        vevent.add(new Uid(event.uid()));
        vevent.add(new Sequence(event.sequence()));
        if (event.recurrenceId() != null) {
            vevent.add(new RecurrenceId<>(zoned(event.zone()), event.recurrenceId()));
        }
        vevent.add(new DtStart<>(zoned(event.zone()), event.start()));
        vevent.add(new DtEnd<>(zoned(event.zone()), event.end()));
        if (event.rrule() != null) {
            vevent.add(new RRule<>(event.rrule()));
            if (!event.exdates().isEmpty()) {
                vevent.add(new ExDate<>(zoned(event.zone()), new DateList<>(event.exdates())));
            }
        }
        vevent.add(new Summary(event.summary()));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        vevent.add(new Status(event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        vevent.add(new Transp("OPAQUE"));
        ParameterList organizerParams = message.organizerName() == null ? new ParameterList()
                : new ParameterList(List.of(new Cn(message.organizerName())));
        vevent.add(new Organizer(organizerParams, mailto(message.organizerEmail())));
        if (message.attendeeEmail() != null) {
            vevent.add(new Attendee(new ParameterList(List.of(CuType.INDIVIDUAL, Role.REQ_PARTICIPANT,
                    net.fortuna.ical4j.model.parameter.PartStat.NEEDS_ACTION, Rsvp.TRUE)),
                    mailto(message.attendeeEmail())));
        }
        if (event.alarmMinutes() != null && !event.cancelled()) {
            VAlarm alarm = new VAlarm(Duration.ofMinutes(-event.alarmMinutes()));
            alarm.add(new Action("DISPLAY"));
            alarm.add(new Description("Reminder"));
            vevent.add(alarm);
        }
        return vevent;
    }

    private static ParameterList zoned(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static URI mailto(String address) {
        return URI.create("mailto:" + address);
    }

    @Override
    public CalendarReply readReply(String text) throws MalformedReplyException {
        if (text == null || text.isBlank()) {
            throw new MalformedReplyException("no calendar part");
        }
        if (text.length() > MAX_REPLY_LENGTH) {
            throw new MalformedReplyException("calendar part too large");
        }
        // Read leniently, iCal4j drops what it cannot use; these would be dropped silently, so refuse them.
        if (NOT_TEXT.matcher(text).find()) {
            throw new MalformedReplyException("control characters, or bytes not in the declared charset");
        }
        if (text.contains("\r\n") && BARE_LF.matcher(text).find()) {
            throw new MalformedReplyException("lines end in both CRLF and LF");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new MalformedReplyException("not iCalendar", e);
        }
        String method = value(calendar.getProperty(Property.METHOD));
        if (!"REPLY".equalsIgnoreCase(method) || calendar.getProperties(Property.METHOD).size() != 1) {
            throw new MalformedReplyException("METHOD is not REPLY");
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.size() != 1) {
            throw new MalformedReplyException("a reply carries one VEVENT, found " + events.size());
        }
        VEvent event = events.get(0);
        if (event.getComponentList().getAll().stream().anyMatch(c -> !Component.VALARM.equals(c.getName()))
                || calendar.getComponents().stream().anyMatch(c -> !Component.VEVENT.equals(c.getName())
                        && !Component.VTIMEZONE.equals(c.getName()))) {
            throw new MalformedReplyException("a reply carries one VEVENT and nothing else");
        }
        String uid = value(event.getProperty(Property.UID));
        if (uid == null || uid.isBlank()) {
            throw new MalformedReplyException("no UID");
        }
        // One of each: a reply that says two things about itself says nothing Kindred can rely on.
        for (String single : List.of(Property.UID, Property.SEQUENCE, Property.RECURRENCE_ID, Property.ORGANIZER)) {
            if (event.getProperties(single).size() > 1) {
                throw new MalformedReplyException("more than one " + single);
            }
        }
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        if (attendees.size() != 1) {
            throw new MalformedReplyException("a reply carries exactly one ATTENDEE, found " + attendees.size());
        }
        Property attendee = attendees.get(0);
        String address = attendee.getValue();
        if (address == null || !address.regionMatches(true, 0, "mailto:", 0, 7) || address.length() <= 7) {
            throw new MalformedReplyException("ATTENDEE is not a mailto address");
        }
        if (attendee.getParameters(Parameter.PARTSTAT).size() > 1) {
            throw new MalformedReplyException("more than one PARTSTAT");
        }
        PartStat partStat = partStat(attendee.getParameter(Parameter.PARTSTAT)
                .map(Parameter::getValue).orElse(null));
        int sequence = 0;
        String sequenceText = value(event.getProperty(Property.SEQUENCE));
        if (sequenceText != null) {
            try {
                sequence = Integer.parseInt(sequenceText.strip());
            } catch (NumberFormatException e) {
                throw new MalformedReplyException("SEQUENCE is not a number");
            }
            if (sequence < 0) {
                throw new MalformedReplyException("SEQUENCE is negative");
            }
        }
        LocalDateTime recurrenceId = null;
        ZoneId recurrenceZone = null;
        Optional<Property> rid = event.getProperty(Property.RECURRENCE_ID);
        if (rid.isPresent()) {
            String value = rid.get().getValue();
            try {
                if (value.endsWith("Z") || value.endsWith("z")) {
                    recurrenceId = LocalDateTime.parse(value.substring(0, value.length() - 1), LOCAL);
                    recurrenceZone = ZoneOffset.UTC;
                } else {
                    recurrenceId = LocalDateTime.parse(value, LOCAL);
                    recurrenceZone = rid.get().getParameter(Parameter.TZID).map(Parameter::getValue)
                            .map(Ical4jCalendarFormat::zone).orElse(null);
                }
            } catch (DateTimeParseException e) {
                throw new MalformedReplyException("RECURRENCE-ID is not a date-time");
            }
        }
        Instant stamp = null;
        String stampText = value(event.getProperty(Property.DTSTAMP));
        if (stampText != null && stampText.endsWith("Z")) {
            try {
                stamp = LocalDateTime.parse(stampText.substring(0, stampText.length() - 1), LOCAL).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                stamp = null; // an unreadable DTSTAMP: the time the reply is read stands in for it
            }
        }
        String organiser = value(event.getProperty(Property.ORGANIZER));
        if (organiser != null && (!organiser.regionMatches(true, 0, "mailto:", 0, 7) || organiser.length() <= 7)) {
            throw new MalformedReplyException("ORGANIZER is not a mailto address");
        }
        return new CalendarReply(uid.strip(), address.substring(7).strip(), partStat, sequence, recurrenceId,
                recurrenceZone, stamp, organiser == null ? null : organiser.substring(7).strip());
    }

    private static String value(Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse(null);
    }

    private static PartStat partStat(String value) throws MalformedReplyException {
        if (value == null) {
            throw new MalformedReplyException("ATTENDEE has no PARTSTAT");
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "ACCEPTED" -> PartStat.ACCEPTED;
            case "DECLINED" -> PartStat.DECLINED;
            case "TENTATIVE" -> PartStat.TENTATIVE;
            case "NEEDS-ACTION" -> PartStat.NEEDS_ACTION;
            default -> throw new MalformedReplyException("PARTSTAT is not an answer Kindred knows");
        };
    }

    /** A TZID as a zone: an IANA name, or one of the Windows names Outlook writes, through iCal4j's table. */
    private static ZoneId zone(String tzid) {
        try {
            return ZoneId.of(tzid);
        } catch (DateTimeException e) {
            try {
                return TimeZoneRegistry.getGlobalZoneId(tzid);
            } catch (RuntimeException unknown) {
                return null;
            }
        }
    }
}
