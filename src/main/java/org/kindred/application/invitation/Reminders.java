package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.kindred.application.exercise.PlanFinder;
import org.kindred.application.Formats;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * The day-before reminder: one plain email per invited person for each session starting in the next
 * day (but not in the next two hours: they have just been invited). Each occurrence's reminders are
 * queued once, under a row lock that a second server instance skips. The text has the calendar title,
 * the time, the place and the title of the session's homework from the library, and nothing more.
 */
@ApplicationScoped
public class Reminders {

    static final Duration AHEAD = Duration.ofHours(24);
    static final Duration NOT_WITHIN = Duration.ofHours(2);
    static final int BATCH = 100;

    @Inject
    SessionRepository sessions;

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

    @Inject
    PlanFinder plans;

    @Inject
    GroupRepository groups;

    /** The title of the homework the session's plan sets, if any: a title from the library, nothing a person wrote. */
    private String homeworkTitle(Occurrence occurrence) {
        if (occurrence.series().kind() != org.kindred.domain.model.session.SeriesKind.GROUP_SESSION) {
            return null;
        }
        return groups.find(occurrence.groupId())
                .flatMap(group -> plans.planOf(occurrence, group).homework())
                .map(org.kindred.domain.model.exercise.Homework::title).orElse(null);
    }

    /** @return how many occurrences had reminders queued */
    @Transactional
    public int queueDue() {
        Instant now = clock.instant();
        List<Occurrence> due = sessions.lockDueForReminder(now.plus(NOT_WITHIN), now.plus(AHEAD), BATCH);
        for (Occurrence occurrence : due) {
            occurrence.remindersQueued();
            SessionSeries series = occurrence.series();
            LocalDateTime start = LocalDateTime.ofInstant(occurrence.startsAt(), series.zone());
            String title = letters.title(series);
            String place = letters.location(occurrence.place());
            String homework = homeworkTitle(occurrence);
            String body = "A reminder: " + title + " is on " + Formats.dateTime(start) + " (" + series.zone().getId()
                    + ")" + (place == null ? "." : ", at " + place + ".")
                    + (homework == null ? "" : "\n\nThis session's homework: " + homework + ". The details are in Kindred.")
                    + "\n\nIf you cannot come, please decline in your calendar so that the facilitators know.";
            for (Person person : attendees.of(series).stream().filter(letters::reachable).toList()) {
                outbox.add(letters.plain(series.organisationId(), person, MailKind.REMINDER, series.groupId(),
                        series.id(), occurrence.id(), "Reminder: " + title + ", " + Formats.dateTime(start), body));
            }
        }
        if (!due.isEmpty()) {
            queued.fire(new OutboxQueued());
        }
        return due.size();
    }
}
