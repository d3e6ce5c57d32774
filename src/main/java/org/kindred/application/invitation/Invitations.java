package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.session.InviteeChange;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.ScheduleEvent;
import org.kindred.domain.model.session.SeriesKind;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Turns every schedule change and every change of who is invited into one outbox message per person,
 * in the transaction that makes the change (the observers are synchronous): if the change commits,
 * so do its invitations; if it rolls back, none is sent. After the commit the sender is woken.
 * <ul>
 *   <li>a new or changed series: REQUEST with the whole series and a higher SEQUENCE;</li>
 *   <li>one occurrence moved: REQUEST with its RECURRENCE-ID; cancelled: CANCEL with it;</li>
 *   <li>someone seated or consenting: the whole series as it stands, with its overrides;</li>
 *   <li>someone leaving: CANCEL to that person only.</li>
 * </ul>
 */
@ApplicationScoped
public class Invitations {

    @Inject
    SessionRepository sessions;

    @Inject
    PersonRepository people;

    @Inject
    Attendees attendees;

    @Inject
    InvitationLetters letters;

    @Inject
    InvitationOutbox outbox;

    @Inject
    Event<OutboxQueued> queued;

    @Inject
    Clock clock;

    void scheduleChanged(@Observes ScheduleEvent event) {
        SessionSeries series = sessions.find(event.seriesId()).orElseThrow();
        List<Person> invited = attendees.of(series).stream().filter(letters::reachable).toList();
        if (event.scope() == ScheduleEvent.Scope.SERIES) {
            for (Person person : invited) {
                if (event.kind() == ScheduleEvent.Kind.CANCELLED) {
                    Occurrence only = series.occurrences().get(0);
                    queue(letters.cancelSeries(series, person, Math.max(series.sequence() + 1, only.sequence()), false));
                } else {
                    queue(letters.wholeSeries(series, person,
                            event.kind() == ScheduleEvent.Kind.SCHEDULED ? MailKind.INVITATION : MailKind.UPDATE));
                }
            }
        } else {
            for (LocalDateTime originalStart : event.occurrences()) {
                Occurrence occurrence = series.occurrences().stream()
                        .filter(o -> o.originalStart().equals(originalStart)).findFirst().orElseThrow();
                for (Person person : invited) {
                    queue(event.kind() == ScheduleEvent.Kind.CANCELLED
                            ? letters.cancelOccurrence(series, occurrence, person)
                            : letters.oneOccurrence(series, occurrence, person));
                }
            }
        }
        queued.fire(new OutboxQueued());
    }

    void inviteesChanged(@Observes InviteeChange change) {
        Person person = people.findById(change.personId()).orElseThrow();
        if (!letters.reachable(person)) {
            return;
        }
        Instant now = clock.instant();
        List<SessionSeries> affected = change.groupId() != null
                ? sessions.ofGroup(change.groupId()).stream().filter(s -> s.kind() == SeriesKind.GROUP_SESSION).toList()
                : change.seriesIds().stream().map(id -> sessions.find(id).orElseThrow()).toList();
        boolean any = false;
        for (SessionSeries series : affected) {
            if (!hasFuture(series, now)) {
                continue;
            }
            if (change.joined()) {
                sessions.raiseSequence(series); // above a cancellation they may have had when they left
                queue(letters.wholeSeries(series, person, MailKind.INVITATION));
            } else {
                int sequence = sessions.raiseSequence(series);
                queue(letters.cancelSeries(series, person, sequence, true));
            }
            any = true;
        }
        if (any) {
            queued.fire(new OutboxQueued());
        }
    }

    private static boolean hasFuture(SessionSeries series, Instant now) {
        return series.occurrences().stream().anyMatch(o -> o.isScheduled() && o.endsAt().isAfter(now));
    }

    private void queue(OutboxMessage message) {
        outbox.add(message);
    }
}
