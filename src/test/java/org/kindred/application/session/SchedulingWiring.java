package org.kindred.application.session;

import java.time.ZoneId;
import java.util.function.Supplier;
import org.kindred.application.account.AddressedPeopleWiring;
import org.kindred.application.fixtures.InMemoryRepositories;
import org.kindred.application.fixtures.RecordedEvents;
import org.kindred.application.group.GroupAccess;
import org.kindred.application.group.GroupAccessWiring;
import org.kindred.application.invitation.InvitationsWiring;
import org.kindred.domain.model.session.InviteeChange;
import org.kindred.domain.model.session.ScheduleEvent;
import org.kindred.infrastructure.calendar.Ical4jCalendarFormat;
import org.kindred.infrastructure.calendar.Ical4jRecurrenceRules;

/**
 * {@link BookingDesk}, {@link ScheduleChanges} and {@link RoundChanges} wired by hand over in-memory
 * repositories, with the real recurrence rules, and {@code Invitations} observing the events they
 * raise as CDI would (synchronously, in the same transaction). {@link #tx} runs a change as the
 * container's {@code @Transactional} does: on an exception, everything it wrote is put back.
 */
final class SchedulingWiring {

    final InMemoryRepositories data;
    final RecordedEvents<ScheduleEvent> events = new RecordedEvents<>();
    final RecordedEvents<InviteeChange> invitees = new RecordedEvents<>();
    final InvitationsWiring invitations;
    final BookingDesk desk = new BookingDesk();
    final ScheduleChanges changes = new ScheduleChanges();
    final RoundChanges rounds = new RoundChanges();

    SchedulingWiring(ZoneId zone) {
        data = new InMemoryRepositories(zone);
        invitations = new InvitationsWiring(data, new Ical4jCalendarFormat());
        events.observedBy(invitations::scheduleChanged);
        invitees.observedBy(invitations::inviteesChanged);
        data.rollsBack(events);
        data.rollsBack(invitees);
        data.rollsBack(invitations.queued);
        GroupAccess access = GroupAccessWiring.over(data.groups, data.memberships);

        desk.rooms = data.rooms;
        desk.sessions = data.sessions;
        desk.groups = data.groups;
        desk.people = data.people;
        desk.organisations = data.organisations;
        desk.events = events;

        changes.sessions = data.sessions;
        changes.rooms = data.rooms;
        changes.access = access;
        changes.desk = desk;
        changes.rules = new Ical4jRecurrenceRules();
        changes.clock = data.clock;

        RoundMail mail = new RoundMail();
        mail.outbox = data.outbox;
        mail.letters = invitations.letters;
        mail.portal = data.settings;
        mail.queued = invitations.queued;
        rounds.rounds = data.rounds;
        rounds.sessions = data.sessions;
        rounds.rooms = data.rooms;
        rounds.people = data.people;
        rounds.access = access;
        rounds.addressed = AddressedPeopleWiring.over(data.people, data.clock);
        rounds.mail = mail;
        rounds.settings = data.settings;
        rounds.desk = desk;
        rounds.clock = data.clock;
        rounds.invitees = invitees;
    }

    /**
     * One change in its own transaction. Whatever it does, it takes its locks before its first plain
     * read (ADR 0007), and no room ends up with two bookings at once.
     */
    <T> T tx(Supplier<T> change) {
        try {
            return data.inTransaction(change);
        } finally {
            if (!data.lockOrder.locksAfterARead().isEmpty()) {
                throw new AssertionError("a lock after a plain read: " + data.lockOrder);
            }
            if (!data.rooms.overlaps().isEmpty()) {
                throw new AssertionError("overlapping bookings: " + data.rooms.overlaps());
            }
        }
    }

    void tx(Runnable change) {
        tx(() -> {
            change.run();
            return null;
        });
    }
}
