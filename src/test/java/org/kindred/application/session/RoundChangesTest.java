package org.kindred.application.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kindred.application.fixtures.InMemoryRepositories.caller;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.fixtures.InMemoryRepositories;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.invitation.CalendarMethod;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.room.TimeSpan;
import org.kindred.domain.model.round.SchwartzRound;
import org.kindred.domain.model.session.Clash;
import org.kindred.domain.model.session.InviteeChange;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.ScheduleEvent;
import org.kindred.domain.model.session.ScheduleEvent.Kind;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Schwartz Rounds without a container: a Round is three one-off sessions run by its own facilitator,
 * who is as busy then as for their groups; moving it moves its debrief, and its preparation only when
 * the organiser says so; a panellist is invited on consenting and taken off on withdrawing.
 */
class RoundChangesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime START = LocalDateTime.parse("2028-03-15T13:00");
    private static final String NEW_SPEAKER = "new.speaker@trust.example";

    private final SchedulingWiring kindred = new SchedulingWiring(LONDON);
    private final InMemoryRepositories data = kindred.data;
    private final ExampleTrust trust = new ExampleTrust(data);
    private SupportGroup programme;

    @BeforeEach
    void given() {
        programme = data.roundProgramme(trust.organisation, "Schwartz Rounds");
        trust.mia.changePasswordHash("a hash"); // she can sign in: no set-password link for her
    }

    private long plan(LocalDateTime start) {
        RoundPlan plan = new RoundPlan(programme.id(), "When the plan changes", start, 60, trust.seminar.id(), null,
                trust.lena.id(), "cleo.clinical@trust.example", List.of(trust.mia.email().value(), NEW_SPEAKER),
                null, null, null, null);
        return kindred.tx(() -> kindred.rounds.plan(trust.organiser(), plan));
    }

    private SchwartzRound round(long id) {
        return data.rounds.find(id).orElseThrow();
    }

    private SessionSeries series(long id) {
        return data.sessions.find(id).orElseThrow();
    }

    private Occurrence only(long seriesId) {
        return series(seriesId).occurrences().get(0);
    }

    private TimeSpan booking(long seriesId) {
        long occurrence = only(seriesId).id();
        return data.rooms.bookings().stream().filter(b -> b.occurrenceId() == occurrence).findFirst().orElseThrow().blocked();
    }

    @Test
    void aRoundIsThreeSessionsRunByItsFacilitatorWithOneRoomBookingEach() {
        int before = data.outbox.size();

        SchwartzRound round = round(plan(START));

        SessionSeries session = series(round.roundSeriesId());
        SessionSeries preparation = series(round.preparationSeriesId());
        SessionSeries debrief = series(round.debriefSeriesId());
        assertEquals(List.of(SeriesKind.ROUND, SeriesKind.ROUND_PREPARATION, SeriesKind.ROUND_DEBRIEF),
                List.of(session.kind(), preparation.kind(), debrief.kind()));
        assertTrue(List.of(session, preparation, debrief).stream()
                .allMatch(s -> s.isOneOff() && trust.lena.id().equals(s.facilitatorId())));
        assertEquals(START, session.firstStart());
        assertEquals(START.minusWeeks(1), preparation.firstStart(), "a week before, by default");
        assertEquals(START.plusHours(1), debrief.firstStart(), "straight after");
        assertEquals(new TimeSpan(Instant.parse("2028-03-15T13:00:00Z"), Instant.parse("2028-03-15T14:30:00Z")),
                booking(round.roundSeriesId()), "the Round, its debrief and the clear-down");
        assertEquals(2, data.rooms.bookings().size(), "the Round and its preparation; the debrief books nothing");
        assertEquals(List.of(Kind.SCHEDULED, Kind.SCHEDULED, Kind.SCHEDULED),
                kindred.events.fired().stream().map(ScheduleEvent::kind).toList());

        List<OutboxMessage> written = data.outbox.since(before);
        Person clinicalLead = data.people.findByEmail(new EmailAddress("cleo.clinical@trust.example")).orElseThrow();
        assertEquals(List.of(trust.lena.id(), clinicalLead.id(), trust.lena.id(), clinicalLead.id(), trust.lena.id()),
                written.stream().filter(m -> m.calendar() != null).map(OutboxMessage::personId).toList(),
                "the Round and its preparation to the facilitator and the clinical lead; the debrief to the facilitator");
        List<OutboxMessage> asked = written.stream().filter(m -> m.kind() == MailKind.NOTICE).toList();
        assertEquals(List.of(trust.mia.email().value(), NEW_SPEAKER), asked.stream().map(OutboxMessage::recipient).toList());
        assertFalse(asked.get(0).text().contains("set-password"), "Mia can sign in already");
        assertTrue(asked.get(1).text().contains("/set-password.xhtml?token="), "a new account chooses a password first");
        assertTrue(written.stream().noneMatch(m -> m.text().contains("When the plan changes")), "the topic stays in Kindred");
    }

    @Test
    void aRoundsFacilitatorIsAsBusyAsForTheirGroupsAndARefusedPlanLeavesNoAccount() {
        kindred.tx(() -> kindred.changes.schedule(trust.organiser(), trust.balint.id(),
                SeriesPlan.oneOff(START.plusMinutes(30), 60, null, "https://meet.example.org/b"), ClashChoice.NONE));
        int letters = data.outbox.size();

        ClashException clash = assertThrows(ClashException.class, () -> plan(START));

        assertEquals(Clash.Reason.FACILITATOR, clash.clashes().get(0).reason());
        assertTrue(data.sessions.seriesOf(programme.id()).isEmpty());
        assertTrue(data.people.findByEmail(new EmailAddress(NEW_SPEAKER)).isEmpty(), "the new account went with it");
        assertTrue(data.people.tokens().isEmpty());
        assertEquals(letters, data.outbox.size());
    }

    @Test
    void movingARoundToAnotherDayAsksFirstWhetherItsPreparationMovesToo() {
        SchwartzRound round = round(plan(START));
        LocalDateTime nextDay = LocalDateTime.parse("2028-03-16T10:00");
        int events = kindred.events.size();

        PreparationChoiceException question = assertThrows(PreparationChoiceException.class,
                () -> kindred.tx(() -> kindred.rounds.move(trust.organiser(), round.id(), new RoundMove(nextDay, null, null, null))));

        assertEquals(START.minusWeeks(1), question.preparationStart());
        assertEquals(nextDay.minusWeeks(1), question.suggestedStart(), "moved by the same amount");
        assertEquals(START, series(round.roundSeriesId()).firstStart(), "nothing moved before the answer");
        assertEquals(events, kindred.events.size());

        kindred.tx(() -> kindred.rounds.move(trust.organiser(), round.id(), new RoundMove(nextDay, null, null, true)));

        assertEquals(nextDay, series(round.roundSeriesId()).firstStart());
        assertEquals(nextDay.plusHours(1), series(round.debriefSeriesId()).firstStart());
        assertEquals(nextDay.minusWeeks(1), series(round.preparationSeriesId()).firstStart());
        for (long id : List.of(round.roundSeriesId(), round.preparationSeriesId(), round.debriefSeriesId())) {
            assertEquals(1, series(id).sequence(), "every moved session outranks its invitation");
        }
        assertEquals(Instant.parse("2028-03-16T10:00:00Z"), booking(round.roundSeriesId()).from());
        assertEquals(List.of(Kind.CHANGED, Kind.CHANGED, Kind.CHANGED),
                kindred.events.since(events).stream().map(ScheduleEvent::kind).toList());
    }

    @Test
    void movingARoundWithinItsDayLeavesItsPreparationAlone() {
        SchwartzRound round = round(plan(START));
        int letters = data.outbox.size();

        kindred.tx(() -> kindred.rounds.move(trust.organiser(), round.id(),
                new RoundMove(START.plusHours(2), trust.spare.id(), null, null)));

        assertEquals(START.minusWeeks(1), series(round.preparationSeriesId()).firstStart());
        assertEquals(0, series(round.preparationSeriesId()).sequence());
        assertEquals(trust.spare.id(), only(round.roundSeriesId()).place().roomId());
        assertEquals(trust.spare.id(), only(round.debriefSeriesId()).place().roomId(), "the debrief is where the Round is");
        List<OutboxMessage> updates = data.outbox.since(letters);
        assertEquals(3, updates.size(), "the Round to two people, the debrief to one");
        assertTrue(updates.stream().allMatch(m -> m.kind() == MailKind.UPDATE && m.sequence() == 1));
    }

    @Test
    void aPanellistIsInvitedOnConsentingAndTakenOffOnWithdrawing() {
        SchwartzRound round = round(plan(START));
        int letters = data.outbox.size();

        kindred.tx(() -> kindred.rounds.answer(caller(trust.mia), round.id(), true));

        assertEquals(List.of(new InviteeChange(trust.mia.id(), true, null,
                List.of(round.roundSeriesId(), round.preparationSeriesId()))), kindred.invitees.fired());
        List<OutboxMessage> invited = data.outbox.since(letters);
        assertEquals(2, invited.size(), "the Round and its preparation, not the debrief");
        assertTrue(invited.stream().allMatch(m -> m.personId().equals(trust.mia.id())
                && m.calendarMethod() == CalendarMethod.REQUEST && m.sequence() == 1));

        kindred.tx(() -> kindred.rounds.answer(caller(trust.mia), round.id(), false));

        List<OutboxMessage> withdrawn = data.outbox.since(letters + 2);
        assertEquals(2, withdrawn.size());
        assertTrue(withdrawn.stream().allMatch(m -> m.personId().equals(trust.mia.id())
                && m.calendarMethod() == CalendarMethod.CANCEL && m.sequence() == 2));
        assertThrows(NotFoundException.class,
                () -> kindred.tx(() -> kindred.rounds.answer(caller(trust.omar), round.id(), true)), "not on its panel");
    }
}
