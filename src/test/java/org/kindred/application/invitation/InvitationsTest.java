package org.kindred.application.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kindred.application.fixtures.FixedSettings.PORTAL;
import static org.kindred.application.fixtures.FixedSettings.SCHEDULING_MAILBOX;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.application.fixtures.Entities;
import org.kindred.application.fixtures.Ics;
import org.kindred.application.fixtures.InMemoryRepositories;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.invitation.CalendarMethod;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.room.Room;
import org.kindred.domain.model.round.Addressee;
import org.kindred.domain.model.round.SchwartzRound;
import org.kindred.domain.model.session.InviteeChange;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.Place;
import org.kindred.domain.model.session.ScheduleEvent;
import org.kindred.domain.model.session.ScheduleEvent.Kind;
import org.kindred.domain.model.session.ScheduleEvent.Scope;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionSeries;
import org.kindred.infrastructure.calendar.Ical4jCalendarFormat;

/**
 * A schedule change or a change of who is invited becomes one outbox message per person, each a
 * private iTIP message: the right METHOD, UID, SEQUENCE and RECURRENCE-ID, the recipient as the only
 * ATTENDEE, the neutral title unless the facilitators chose the group's name, and a portal link instead
 * of anything said in the group. The calendar text is the real one, read back with biweekly.
 */
class InvitationsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime FIRST = LocalDateTime.parse("2027-01-05T12:30");
    private static final String GROUP_NAME = "Balint for ICU nurses";

    private final InMemoryRepositories data = new InMemoryRepositories(LONDON);
    private final InvitationsWiring wiring = new InvitationsWiring(data, new Ical4jCalendarFormat());
    private Organisation trust;
    private Person lead;
    private Person colead;
    private Person mia;
    private Person max;
    private SupportGroup group;
    private Place quietRoom;

    @BeforeEach
    void given() {
        trust = data.organisation("Example Trust", LONDON);
        lead = data.person(trust, "Lena Lead", Role.FACILITATOR);
        colead = data.person(trust, "Cal Colead", Role.FACILITATOR);
        group = data.group(trust, GROUP_NAME, lead, colead);
        mia = data.person(trust, "Mia Member", Role.PARTICIPANT);
        max = data.person(trust, "Max Member", Role.PARTICIPANT);
        data.member(group, mia);
        data.member(group, max);
        data.member(group, data.person(trust, "Wanda Waiting", Role.PARTICIPANT), MembershipStatus.WAITLISTED);
        Person inactive = data.person(trust, "Ina Inactive", Role.PARTICIPANT);
        Entities.set(inactive, "active", false);
        data.member(group, inactive);
        Person noAddress = data.person(trust, "Nora Noaddress", Role.PARTICIPANT);
        noAddress.changeEmail(new EmailAddress(SCHEDULING_MAILBOX)); // the ORGANIZER can never be an ATTENDEE
        data.member(group, noAddress);
        Room room = data.room(data.site(trust, "St Mary's"), "Quiet Room", 12, 0, 15);
        quietRoom = new Place(room.id(), null);
    }

    private SessionSeries tenTuesdays() {
        return data.weekly(group, FIRST, 10, quietRoom);
    }

    private List<OutboxMessage> after(Runnable change) {
        int before = data.outbox.size();
        change.run();
        return data.outbox.since(before);
    }

    private static ScheduleEvent event(Kind kind, Scope scope, SessionSeries series, Occurrence... affected) {
        List<Occurrence> occurrences = affected.length == 0 ? series.occurrences() : List.of(affected);
        return new ScheduleEvent(kind, scope, series.groupId(), series.id(), SessionSeries.originalStarts(occurrences));
    }

    private static String everything(OutboxMessage message) {
        return String.join("\n", message.subject(), message.text(), message.html(), message.calendar());
    }

    @Test
    void aNewSeriesIsOneRequestPerInviteeNamingOnlyThatPerson() {
        SessionSeries series = tenTuesdays();

        List<OutboxMessage> written = after(() -> wiring.scheduleChanged(event(Kind.SCHEDULED, Scope.SERIES, series)));

        assertEquals(List.of(lead.id(), colead.id(), mia.id(), max.id()),
                written.stream().map(OutboxMessage::personId).toList(),
                "the facilitators and the seated members who are active and reachable; nobody waiting");
        List<Person> invited = List.of(lead, colead, mia, max);
        for (OutboxMessage message : written) {
            Person to = invited.stream().filter(p -> p.id().equals(message.personId())).findFirst().orElseThrow();
            assertEquals(to.email().value(), message.recipient());
            assertEquals(MailKind.INVITATION, message.kind());
            assertEquals(CalendarMethod.REQUEST, message.calendarMethod());
            assertEquals(0, message.sequence());
            assertEquals(List.of(group.id(), series.id()), List.of(message.groupId(), message.seriesId()));
            assertNull(message.occurrenceId(), "about the whole series");

            ICalendar calendar = Ics.parse(message.calendar());
            assertEquals("REQUEST", calendar.getMethod().getValue());
            VEvent event = Ics.onlyEvent(message.calendar());
            assertEquals(series.uid(), event.getUid().getValue());
            assertEquals(0, event.getSequence().getValue());
            assertNull(event.getRecurrenceId());
            assertEquals(1, event.getAttendees().size(), "the recipient and nobody else");
            assertEquals(to.email().value(), event.getAttendees().get(0).getEmail());
            assertEquals(ParticipationStatus.NEEDS_ACTION, event.getAttendees().get(0).getParticipationStatus());
            assertEquals(Boolean.TRUE, event.getAttendees().get(0).getRsvp());
            assertEquals(SCHEDULING_MAILBOX, event.getOrganizer().getEmail());
            assertEquals("Example Trust", event.getOrganizer().getCommonName());
            assertEquals("Reflective practice session", event.getSummary().getValue(), "the neutral title");
            assertEquals("Quiet Room, St Mary's", event.getLocation().getValue());
            assertEquals(PORTAL + "/participant/index.xhtml", event.getUrl().getValue());
            assertEquals(List.of("DTSTART;TZID=Europe/London:20270105T123000"), Ics.lines(message.calendar(), "DTSTART"));
            assertEquals(List.of("DTEND;TZID=Europe/London:20270105T140000"), Ics.lines(message.calendar(), "DTEND"));
            assertEquals(List.of("RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU"), Ics.lines(message.calendar(), "RRULE"));
            assertTrue(Ics.lines(message.calendar(), "EXDATE").isEmpty());

            assertEquals("Invitation: Reflective practice session, from Tue 5 Jan 2027, 12:30", message.subject());
            assertTrue(message.text().contains(PORTAL + "/participant/index.xhtml"), "a link to the portal");
            assertTrue(message.text().contains(PORTAL + "/rsvp.xhtml?token="), "answer links");
            String all = everything(message);
            assertFalse(all.contains(GROUP_NAME) || all.contains("Balint"), "the group's name stays out");
            for (Person other : invited) {
                if (other != to) {
                    assertFalse(all.contains(other.email().value()) || all.contains(other.displayName()),
                            "another invitee in the message to " + to.displayName());
                }
            }
        }
        assertEquals(1, wiring.queued.size(), "the sender is woken once for the change");
    }

    @Test
    void theGroupsNameIsTheTitleOnlyWhenItsFacilitatorsChoseIt() {
        group.titleInvitations(false, null);
        SessionSeries series = tenTuesdays();

        List<OutboxMessage> written = after(() -> wiring.scheduleChanged(event(Kind.SCHEDULED, Scope.SERIES, series)));

        assertEquals(GROUP_NAME, Ics.onlyEvent(written.get(0).calendar()).getSummary().getValue());
        group.titleInvitations(true, "Team time");
        List<OutboxMessage> again = after(() -> wiring.scheduleChanged(event(Kind.CHANGED, Scope.SERIES, series)));
        assertEquals("Team time", Ics.onlyEvent(again.get(0).calendar()).getSummary().getValue());
    }

    @Test
    void aChangedSeriesIsAnUpdateOfTheWholeEventWithItsExdatesAndOverrides() {
        SessionSeries series = tenTuesdays();
        List<Occurrence> dates = series.occurrences();
        series.cancel(dates.get(2).id(), "Room closed for a deep clean");
        series.reschedule(dates.get(4).id(), LocalDateTime.parse("2027-02-04T09:00"), 60,
                new Place(null, "https://video.example/room"));
        List<Occurrence> removed = series.endAfter(LocalDate.parse("2027-02-23"));

        List<OutboxMessage> written = after(() -> wiring.scheduleChanged(
                event(Kind.CHANGED, Scope.SERIES, series, removed.toArray(Occurrence[]::new))));

        assertEquals(4, written.size());
        OutboxMessage toMia = written.get(2);
        assertEquals(MailKind.UPDATE, toMia.kind());
        assertEquals(CalendarMethod.REQUEST, toMia.calendarMethod());
        assertEquals(2, series.sequence(), "above the cancelled and the moved date's 1");
        assertEquals(2, toMia.sequence());
        String ics = toMia.calendar();
        List<VEvent> events = Ics.parse(ics).getEvents();
        assertEquals(2, events.size(), "the series and its one moved date");
        assertTrue(events.stream().allMatch(e -> e.getUid().getValue().equals(series.uid())), "one UID");
        assertTrue(events.stream().allMatch(e -> e.getSequence().getValue() == 2));
        assertEquals(List.of("RRULE:FREQ=WEEKLY;UNTIL=20270223T235959Z;BYDAY=TU"), Ics.lines(ics, "RRULE"));
        assertEquals(List.of("EXDATE;TZID=Europe/London:20270119T123000"), Ics.lines(ics, "EXDATE"));
        assertEquals(List.of("RECURRENCE-ID;TZID=Europe/London:20270202T123000"), Ics.lines(ics, "RECURRENCE-ID"));
        assertEquals(List.of("DTSTART;TZID=Europe/London:20270105T123000", "DTSTART;TZID=Europe/London:20270204T090000"),
                Ics.lines(ics, "DTSTART"));
        assertEquals("https://video.example/room", events.get(1).getLocation().getValue());
        assertTrue(toMia.subject().startsWith("Updated: Reflective practice session"), toMia.subject());
        assertFalse(everything(toMia).contains("deep clean"), "a cancellation's reason is for the portal only");
    }

    @Test
    void oneMovedOccurrenceIsARequestWithItsRecurrenceIdAndNothingElse() {
        SessionSeries series = tenTuesdays();
        Occurrence second = series.occurrences().get(1);
        series.reschedule(second.id(), LocalDateTime.parse("2027-01-13T15:00"), 60, quietRoom);

        List<OutboxMessage> written = after(() -> wiring.scheduleChanged(
                event(Kind.CHANGED, Scope.OCCURRENCE, series, second)));

        assertEquals(4, written.size());
        for (OutboxMessage message : written) {
            assertEquals(MailKind.UPDATE, message.kind());
            assertEquals(CalendarMethod.REQUEST, message.calendarMethod());
            assertEquals(second.id(), message.occurrenceId());
            assertEquals(1, message.sequence(), "above the series' 0");
            VEvent event = Ics.onlyEvent(message.calendar());
            assertEquals(series.uid(), event.getUid().getValue());
            assertEquals(1, event.getSequence().getValue());
            assertEquals(List.of("RECURRENCE-ID;TZID=Europe/London:20270112T123000"),
                    Ics.lines(message.calendar(), "RECURRENCE-ID"));
            assertEquals(List.of("DTSTART;TZID=Europe/London:20270113T150000"), Ics.lines(message.calendar(), "DTSTART"));
            assertEquals(List.of("DTEND;TZID=Europe/London:20270113T160000"), Ics.lines(message.calendar(), "DTEND"));
            assertTrue(Ics.lines(message.calendar(), "RRULE").isEmpty(), "only the moved date");
            assertEquals(1, event.getAttendees().size());
            assertTrue(message.text().contains("/rsvp.xhtml?token="), "an answer to this date alone");
        }
    }

    @Test
    void oneCancelledOccurrenceIsACancelWithItsRecurrenceIdAndAHigherSequence() {
        SessionSeries series = tenTuesdays();
        Occurrence fourth = series.occurrences().get(3);
        series.cancel(fourth.id(), "Facilitator on leave");

        List<OutboxMessage> written = after(() -> wiring.scheduleChanged(
                event(Kind.CANCELLED, Scope.OCCURRENCE, series, fourth)));

        assertEquals(4, written.size());
        for (OutboxMessage message : written) {
            assertEquals(MailKind.CANCELLATION, message.kind());
            assertEquals(CalendarMethod.CANCEL, message.calendarMethod());
            assertEquals("CANCEL", Ics.parse(message.calendar()).getMethod().getValue());
            VEvent event = Ics.onlyEvent(message.calendar());
            assertEquals("CANCELLED", event.getStatus().getValue(), "METHOD:CANCEL with STATUS:CANCELLED");
            assertEquals(1, event.getSequence().getValue());
            assertEquals(List.of("RECURRENCE-ID;TZID=Europe/London:20270126T123000"),
                    Ics.lines(message.calendar(), "RECURRENCE-ID"));
            assertTrue(event.getAlarms().isEmpty(), "no reminder of a cancelled session");
            assertFalse(message.text().contains("/rsvp.xhtml"), "nothing to answer");
            assertFalse(everything(message).contains("on leave"), "the reason is for the portal only");
        }
    }

    @Test
    void aCancelledOneOffSessionIsACancelOfTheWholeEvent() {
        SessionSeries extra = data.series(group, SeriesKind.GROUP_SESSION, LocalDateTime.parse("2027-03-01T10:00"), 60,
                null, quietRoom, null);
        extra.cancel(extra.occurrences().get(0).id(), null);

        List<OutboxMessage> written = after(() -> wiring.scheduleChanged(event(Kind.CANCELLED, Scope.SERIES, extra)));

        assertEquals(4, written.size());
        OutboxMessage message = written.get(0);
        assertEquals(CalendarMethod.CANCEL, message.calendarMethod());
        assertNull(message.occurrenceId());
        VEvent event = Ics.onlyEvent(message.calendar());
        assertNull(event.getRecurrenceId(), "the event itself, not one date of it");
        assertEquals("CANCELLED", event.getStatus().getValue());
        assertEquals(1, event.getSequence().getValue());
        assertEquals(List.of("DTSTART;TZID=Europe/London:20270301T100000"), Ics.lines(message.calendar(), "DTSTART"));
    }

    @Test
    void someoneSeatedGetsEachFutureSeriesAsItStandsAboveAnyCancellationTheyHad() {
        SessionSeries series = tenTuesdays();
        series.cancel(series.occurrences().get(2).id(), null);
        SessionSeries allCancelled = data.series(group, SeriesKind.GROUP_SESSION, LocalDateTime.parse("2027-04-01T10:00"),
                60, null, quietRoom, null);
        allCancelled.cancel(allCancelled.occurrences().get(0).id(), null);
        data.series(group, SeriesKind.ROUND, LocalDateTime.parse("2027-05-01T10:00"), 60, null, quietRoom, lead.id());
        Person newcomer = data.person(trust, "Nia Newcomer", Role.PARTICIPANT);
        data.member(group, newcomer);

        List<OutboxMessage> written = after(() -> wiring.inviteesChanged(InviteeChange.joinedGroup(newcomer.id(), group.id())));

        assertEquals(1, written.size(), "the group's one series with a session to come; no Round, nobody else");
        OutboxMessage message = written.get(0);
        assertEquals(newcomer.id(), message.personId());
        assertEquals(MailKind.INVITATION, message.kind());
        assertEquals(CalendarMethod.REQUEST, message.calendarMethod());
        assertEquals(2, series.sequence(), "raised above the series' 0 and the cancelled date's 1");
        assertEquals(2, message.sequence());
        assertEquals(List.of("EXDATE;TZID=Europe/London:20270119T123000"), Ics.lines(message.calendar(), "EXDATE"));
        assertEquals(newcomer.email().value(), Ics.onlyEvent(message.calendar()).getAttendees().get(0).getEmail());
        assertEquals(1, wiring.queued.size());
    }

    @Test
    void someoneGoneGetsTheWholeSeriesCancelledAndNobodyElseHears() {
        SessionSeries series = tenTuesdays();

        List<OutboxMessage> written = after(() -> wiring.inviteesChanged(InviteeChange.leftGroup(max.id(), group.id())));

        assertEquals(1, written.size());
        OutboxMessage message = written.get(0);
        assertEquals(max.id(), message.personId());
        assertEquals(MailKind.CANCELLATION, message.kind());
        assertEquals(CalendarMethod.CANCEL, message.calendarMethod());
        assertEquals(1, series.sequence(), "raised for everyone, so a later return outranks this");
        VEvent event = Ics.onlyEvent(message.calendar());
        assertEquals(1, event.getSequence().getValue());
        assertNull(event.getRecurrenceId());
        assertEquals("CANCELLED", event.getStatus().getValue());
        assertTrue(message.text().contains("You are no longer invited"), message.text());
    }

    @Test
    void aRoundInvitesItsFacilitatorLeadAndConsentingPanellistsAndItsDebriefTheFacilitatorOnly() {
        SupportGroup rounds = data.roundProgramme(trust, "Schwartz Rounds");
        Person facilitator = lead;
        Person clinicalLead = data.person(trust, "Cleo Clinical", Role.PARTICIPANT);
        Person speaker = data.person(trust, "Sam Speaker", Role.PARTICIPANT);
        Person asked = data.person(trust, "Ash Asked", Role.PARTICIPANT);
        LocalDateTime start = LocalDateTime.parse("2027-03-10T13:00");
        SessionSeries round = data.series(rounds, SeriesKind.ROUND, start, 60, null, quietRoom, facilitator.id());
        SessionSeries preparation = data.series(rounds, SeriesKind.ROUND_PREPARATION, start.minusWeeks(1), 60, null,
                quietRoom, facilitator.id());
        SessionSeries debrief = data.series(rounds, SeriesKind.ROUND_DEBRIEF, start.plusHours(1), 15, null, quietRoom,
                facilitator.id());
        SchwartzRound schwartz = new SchwartzRound(trust.id(), rounds.id(), "When the plan changes", facilitator.id(),
                new Addressee(clinicalLead.id(), clinicalLead.email().value()),
                List.of(new Addressee(speaker.id(), speaker.email().value()), new Addressee(asked.id(), asked.email().value())),
                InMemoryRepositories.NOW);
        schwartz.linkSessions(round.id(), preparation.id(), debrief.id());
        data.rounds.add(schwartz);
        schwartz.consent(speaker.id(), InMemoryRepositories.NOW);

        assertEquals(List.of(facilitator.id(), clinicalLead.id(), speaker.id()), ids(wiring.attendees.of(round)),
                "not someone asked who has not said yes");
        assertEquals(ids(wiring.attendees.of(round)), ids(wiring.attendees.of(preparation)));
        assertEquals(List.of(facilitator.id()), ids(wiring.attendees.of(debrief)));

        schwartz.consent(asked.id(), InMemoryRepositories.NOW);
        List<OutboxMessage> written = after(() -> wiring.inviteesChanged(
                new InviteeChange(asked.id(), true, null, List.of(round.id(), preparation.id()))));

        assertEquals(List.of("Schwartz Round", "Schwartz Round preparation"), written.stream()
                .map(m -> Ics.onlyEvent(m.calendar()).getSummary().getValue()).toList());
        assertTrue(written.stream().allMatch(m -> m.personId().equals(asked.id())));
        assertTrue(written.stream().allMatch(m -> m.calendar().contains("URL:" + PORTAL + "/participant/panels.xhtml")));
        assertFalse(written.stream().anyMatch(m -> everything(m).contains("When the plan changes")),
                "the Round's topic is for the portal");
    }

    private static List<Long> ids(List<Person> people) {
        return people.stream().map(Person::id).sorted().toList();
    }
}
