package org.kindred.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneInfo;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.invitation.CalendarEvent;
import org.kindred.domain.model.invitation.CalendarMessage;
import org.kindred.domain.model.invitation.CalendarMethod;
import org.kindred.domain.model.invitation.CalendarReply;
import org.kindred.domain.model.invitation.MalformedReplyException;
import org.kindred.domain.model.invitation.PartStat;

/**
 * Everything the product brief's section 5 asks of the calendar text, checked on what Kindred writes,
 * read back with iCal4j and with biweekly, an independent parser.
 */
class Ical4jCalendarFormatTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant STAMP = Instant.parse("2026-11-23T10:15:00Z");
    private final Ical4jCalendarFormat format = new Ical4jCalendarFormat();

    /** Tuesdays 12:30 from 13 October 2026 for 26 weeks: across the October and March changes. */
    private static CalendarEvent series(String summary) {
        return new CalendarEvent("series-1@kindred", 3, summary,
                "A session of your group. Details in Kindred: https://kindred.example/participant/index.xhtml",
                "Quiet Room, St Mary's", "https://kindred.example/participant/index.xhtml", LONDON,
                LocalDateTime.of(2026, 10, 13, 12, 30), LocalDateTime.of(2026, 10, 13, 14, 0),
                "FREQ=WEEKLY;COUNT=26", List.of(LocalDateTime.of(2026, 11, 3, 12, 30)), null, false, 15);
    }

    private static CalendarEvent moved() {
        return new CalendarEvent("series-1@kindred", 4, "Reflective practice session", null, "Room 2", null, LONDON,
                LocalDateTime.of(2026, 12, 2, 9, 0), LocalDateTime.of(2026, 12, 2, 10, 30), null, List.of(),
                LocalDateTime.of(2026, 12, 1, 12, 30), false, 15);
    }

    private String request(CalendarEvent... events) {
        return format.write(new CalendarMessage(CalendarMethod.REQUEST, "scheduling@trust.example", "Example Trust",
                "pat@trust.example", List.of(events), STAMP));
    }

    @Test
    void linesEndInCrlfAndAreFoldedAt75OctetsNeverInsideACharacter() {
        String summary = "Sesión de práctica reflexiva — équipe de soins intensifs 🌿 avec un titre très, très long";
        String ics = request(series(summary));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "a bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "a bare CR");
        assertTrue(ics.endsWith("\r\n"));
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        int lineStart = 0;
        for (int i = 0; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertTrue(i - lineStart <= 75, "a line of " + (i - lineStart) + " octets");
                lineStart = i + 2;
            }
        }
        for (String line : ics.split("\r\n")) {
            assertFalse(line.contains("\uFFFD"), "a character split across lines");
        }
        assertTrue(ics.contains("\r\n "), "the long summary is folded");
        assertEquals(summary, Biweekly.parse(ics).first().getEvents().get(0).getSummary().getValue());
    }

    @Test
    void everyTzidHasItsVtimezoneAndNoTimeIsFloating() throws Exception {
        String ics = request(series("Reflective practice session"), moved());
        String unfolded = ics.replaceAll("\r\n[ \t]", "");
        Set<String> tzids = new java.util.HashSet<>();
        Matcher used = Pattern.compile(";TZID=([^;:]+)").matcher(unfolded);
        while (used.find()) {
            tzids.add(used.group(1));
        }
        assertEquals(Set.of("Europe/London"), tzids);
        assertTrue(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n"));
        for (String line : unfolded.split("\r\n")) {
            if (line.matches("^(DTSTART|DTEND|RECURRENCE-ID|EXDATE)[;:].*") && !insideTimezone(unfolded, line)) {
                assertTrue(line.contains(";TZID=Europe/London:"), "floating or UTC-only: " + line);
                assertFalse(line.endsWith("Z"), line);
            }
        }
        assertTrue(unfolded.contains("DTSTAMP:20261123T101500Z"), "DTSTAMP in UTC");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(1, parsed.getComponents(Component.VTIMEZONE).size());
        assertEquals("REQUEST", parsed.getProperty(Property.METHOD).map(Property::getValue).orElseThrow());
    }

    private static boolean insideTimezone(String unfolded, String line) {
        int at = unfolded.indexOf(line + "\r\n");
        int begin = unfolded.lastIndexOf("BEGIN:VTIMEZONE", at);
        int end = unfolded.lastIndexOf("END:VTIMEZONE", at);
        return begin > end;
    }

    @Test
    void exdateAndRecurrenceIdUseTheTzidAndValueTypeOfDtstart() {
        String unfolded = request(series("Reflective practice session"), moved()).replaceAll("\r\n[ \t]", "");
        assertTrue(unfolded.contains("DTSTART;TZID=Europe/London:20261013T123000\r\n"));
        assertTrue(unfolded.contains("EXDATE;TZID=Europe/London:20261103T123000\r\n"));
        assertTrue(unfolded.contains("RECURRENCE-ID;TZID=Europe/London:20261201T123000\r\n"));
        assertFalse(unfolded.contains("VALUE=DATE"), "all DATE-TIME");
    }

    @Test
    void theSeriesStaysAt1230LondonTimeAcrossBothDaylightSavingChanges() {
        ICalendar calendar = Biweekly.parse(request(series("Reflective practice session"))).first();
        VEvent event = calendar.getEvents().get(0);
        TimezoneInfo zones = calendar.getTimezoneInfo();
        TimeZone london = zones.getTimezone(event.getDateStart()).getTimeZone();
        DateIterator dates = event.getDateIterator(london);
        List<ZonedDateTime> starts = new ArrayList<>();
        while (dates.hasNext()) {
            Date next = dates.next();
            starts.add(next.toInstant().atZone(LONDON));
        }
        assertEquals(25, starts.size(), "26 weeks less the EXDATE");
        assertTrue(starts.stream().allMatch(s -> s.getHour() == 12 && s.getMinute() == 30), starts.toString());
        // the offset really changes under the same wall-clock time
        assertEquals("+01:00", starts.get(0).getOffset().getId());
        assertEquals("Z", starts.stream().filter(s -> s.getMonthValue() == 12).findFirst().orElseThrow().getOffset().getId());
        assertEquals("+01:00", starts.get(starts.size() - 1).getOffset().getId(), "after the March change");
        assertTrue(starts.stream().noneMatch(s -> s.toLocalDate().equals(java.time.LocalDate.of(2026, 11, 3))));
    }

    @Test
    void aRequestNamesTheOrganiserAndOnlyTheRecipient() {
        String ics = request(series("Reflective practice session"));
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().get(0);
        assertEquals("REQUEST", calendar.getMethod().getValue());
        assertEquals(1, event.getAttendees().size());
        assertEquals("pat@trust.example", event.getAttendees().get(0).getEmail());
        assertEquals("NEEDS-ACTION", event.getAttendees().get(0).getParticipationStatus().getValue());
        assertEquals(Boolean.TRUE, event.getAttendees().get(0).getRsvp());
        assertEquals("scheduling@trust.example", event.getOrganizer().getEmail());
        assertEquals(3, event.getSequence().getValue());
        assertEquals(1, event.getAlarms().size());
        assertEquals("CONFIRMED", event.getStatus().getValue());
        assertEquals(1, ics.split("\r\nUID:", -1).length - 1, "one UID");
    }

    @Test
    void aCancellationIsMethodCancelWithStatusCancelledAndNeverARequest() {
        CalendarEvent cancelled = new CalendarEvent("series-1@kindred", 5, "Reflective practice session", null, null,
                null, LONDON, LocalDateTime.of(2026, 12, 1, 12, 30), LocalDateTime.of(2026, 12, 1, 14, 0), null,
                List.of(), LocalDateTime.of(2026, 12, 1, 12, 30), true, null);
        String ics = format.write(new CalendarMessage(CalendarMethod.CANCEL, "scheduling@trust.example", null,
                "pat@trust.example", List.of(cancelled), STAMP));
        ICalendar calendar = Biweekly.parse(ics).first();
        assertEquals("CANCEL", calendar.getMethod().getValue());
        assertEquals("CANCELLED", calendar.getEvents().get(0).getStatus().getValue());
        assertEquals(5, calendar.getEvents().get(0).getSequence().getValue());
        assertTrue(ics.contains("RECURRENCE-ID;TZID=Europe/London:20261201T123000"));
        assertThrows(IllegalArgumentException.class, () -> new CalendarMessage(CalendarMethod.REQUEST,
                "scheduling@trust.example", null, "pat@trust.example", List.of(cancelled), STAMP));
    }

    @Test
    void aFeedIsPublishedWithoutAttendees() {
        String ics = format.write(new CalendarMessage(CalendarMethod.PUBLISH, "scheduling@trust.example", null, null,
                List.of(series("Reflective practice session"), moved()), STAMP));
        ICalendar calendar = Biweekly.parse(ics).first();
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        assertTrue(calendar.getEvents().stream().allMatch(e -> e.getAttendees().isEmpty()));
        assertFalse(ics.contains("ATTENDEE"));
    }

    @Test
    void theOrganiserIsNeverTheAttendee() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarMessage(CalendarMethod.REQUEST,
                "scheduling@trust.example", null, "Scheduling@Trust.example", List.of(moved()), STAMP));
    }

    @Test
    void aZoneWithoutDaylightSavingGetsOneStandardObservance() {
        CalendarEvent kolkata = new CalendarEvent("k@kindred", 0, "Session", null, null, null, ZoneId.of("Asia/Kolkata"),
                LocalDateTime.of(2027, 1, 5, 9, 0), LocalDateTime.of(2027, 1, 5, 10, 0), "FREQ=WEEKLY;COUNT=2",
                List.of(), null, false, null);
        String ics = request(kolkata);
        assertTrue(ics.contains("TZID:Asia/Kolkata"));
        assertTrue(ics.contains("TZOFFSETTO:+0530"));
        assertFalse(ics.contains("BEGIN:DAYLIGHT"));
        assertEquals(1, Biweekly.parse(ics).first().getEvents().size());
    }

    /**
     * Chile changes its clocks on the first Sunday on or after the 2nd, which no BYDAY can say, so its
     * VTIMEZONE lists the changes from the earliest time it must cover. A date moved past the change
     * of 4 April 2027 keeps a RECURRENCE-ID from before it, and Outlook places that by this VTIMEZONE:
     * given the offset after the change, it would name no date of the series.
     */
    @Test
    void aMovedDateKeepsTheOffsetOfItsRecurrenceIdInAZoneWithoutAYearlyRule() throws Exception {
        ZoneId santiago = ZoneId.of("America/Santiago");
        LocalDateTime original = LocalDateTime.of(2027, 4, 3, 16, 45);
        LocalDateTime movedTo = LocalDateTime.of(2027, 4, 5, 19, 0);
        CalendarEvent moved = new CalendarEvent("series-2@kindred", 1, "Reflective practice session", null, null, null,
                santiago, movedTo, movedTo.plusHours(1), null, List.of(), original, false, null);

        Calendar parsed = new CalendarBuilder().build(new StringReader(request(moved)));

        VTimeZone vtimezone = (VTimeZone) parsed.getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("-0300", offsetTo(vtimezone, original.atZone(santiago).toInstant()), "before the change");
        assertEquals("-0400", offsetTo(vtimezone, movedTo.atZone(santiago).toInstant()), "after it");
    }

    private static String offsetTo(VTimeZone vtimezone, Instant instant) {
        return vtimezone.getApplicableObservance(instant).getRequiredProperty(Property.TZOFFSETTO).getValue();
    }

    @Test
    void aReplyIsReadWithItsOneAttendeeAndRecurrenceId() throws Exception {
        CalendarReply reply = format.readReply("""
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
                METHOD:REPLY\r
                BEGIN:VEVENT\r
                UID:series-1@kindred\r
                SEQUENCE:3\r
                DTSTAMP:20261124T090000Z\r
                RECURRENCE-ID;TZID=Europe/London:20261201T123000\r
                ATTENDEE;PARTSTAT=DECLINED;CN=Pat:mailto:Pat@Trust.example\r
                END:VEVENT\r
                END:VCALENDAR\r
                """);
        assertEquals("series-1@kindred", reply.uid());
        assertEquals("Pat@Trust.example", reply.attendeeEmail());
        assertEquals(PartStat.DECLINED, reply.partStat());
        assertEquals(3, reply.sequence());
        assertEquals(LocalDateTime.of(2026, 12, 1, 12, 30), reply.recurrenceId());
        assertEquals(LONDON, reply.recurrenceZone());
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), reply.stamp(), "when the attendee answered");
        CalendarReply whole = format.readReply(replyWith("ATTENDEE;PARTSTAT=ACCEPTED:mailto:pat@trust.example\r\n"));
        assertNull(whole.recurrenceId());
        assertEquals(PartStat.ACCEPTED, whole.partStat());
    }

    @Test
    void malformedRepliesAreRefusedWithAReasonAndNoContent() {
        for (String bad : List.of("", "not a calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                replyWith(""),
                replyWith("ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x.example\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:b@x.example\r\n"),
                replyWith("ATTENDEE;PARTSTAT=ACCEPTED:https://x.example/a\r\n"),
                replyWith("ATTENDEE:mailto:a@x.example\r\n"),
                replyWith("ATTENDEE;PARTSTAT=DELEGATED:mailto:a@x.example\r\n"),
                replyWith("ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x.example\r\n").replace("METHOD:REPLY", "METHOD:REQUEST"),
                replyWith("ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x.example\r\nRECURRENCE-ID:tomorrow\r\n"),
                replyWith("ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@x.example\r\n").replace("SEQUENCE:0", "SEQUENCE:x"))) {
            MalformedReplyException e = assertThrows(MalformedReplyException.class, () -> format.readReply(bad), bad);
            assertFalse(e.getMessage().contains("x.example"), "the reason names no address");
        }
    }

    private static String replyWith(String attendees) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:u@kindred\r\n"
                + "SEQUENCE:0\r\nDTSTAMP:20261124T090000Z\r\n" + attendees + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }
}
