package org.kindred.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.PortalSettings;
import org.kindred.application.invitation.InvitationLetters;
import org.kindred.application.invitation.OutboxQueued;
import org.kindred.application.Formats;
import org.kindred.domain.model.evaluation.EvaluationRepository;
import org.kindred.domain.model.group.GroupRepository;
import org.kindred.domain.model.group.MembershipRepository;
import org.kindred.domain.model.group.MembershipStatus;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * The day after a group session, each member who has not answered its evaluation yet gets one email
 * with a link to the form. Sessions that ended 12 to 48 hours ago are looked at: a server that was
 * down for a night still sends them, and sessions long past are not mailed when the feature first
 * runs. The marker that settles a session is written with INSERT IGNORE in the transaction that
 * queues its emails in the outbox, so a second run or a second server instance sends none again.
 * The email names nobody else and, like the calendar, only the group's neutral title unless its
 * facilitators chose its name; it logs ids and counts only.
 */
@ApplicationScoped
public class DayAfterEvaluationMail {

    private static final Logger LOG = Logger.getLogger(DayAfterEvaluationMail.class.getName());

    static final Duration ENDED_AT_LEAST = Duration.ofHours(12);
    static final Duration ENDED_AT_MOST = Duration.ofHours(48);
    static final int BATCH = 50;

    /** Whether the email is sent at all; kindred.evaluation.day-after-email, on by default. */
    public interface Settings {
        boolean dayAfterEmail();
    }

    @Inject
    Settings settings;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EvaluationTimingService timings;

    @Inject
    SessionRepository sessions;

    @Inject
    GroupRepository groups;

    @Inject
    MembershipRepository memberships;

    @Inject
    InvitationLetters letters;

    @Inject
    InvitationOutbox outbox;

    @Inject
    PortalSettings portal;

    @Inject
    Event<OutboxQueued> queued;

    @Inject
    Clock clock;

    /** @return how many emails were queued */
    @Transactional
    public int queueDue() {
        if (!settings.dayAfterEmail()) {
            return 0;
        }
        Instant now = clock.instant();
        int emails = 0;
        for (long occurrenceId : evaluations.endedWithoutMailing(now.minus(ENDED_AT_MOST), now.minus(ENDED_AT_LEAST), BATCH)) {
            if (evaluations.claimMailing(occurrenceId)) {
                int queuedHere = queue(sessions.occurrence(occurrenceId).orElseThrow());
                LOG.info(() -> "day-after evaluation emails for occurrence " + occurrenceId + ": " + queuedHere + " queued");
                emails += queuedHere;
            }
        }
        if (emails > 0) {
            queued.fire(new OutboxQueued());
        }
        return emails;
    }

    private int queue(Occurrence occurrence) {
        SupportGroup group = groups.find(occurrence.groupId()).orElse(null);
        if (group == null || !timings.evaluates(group, occurrence)) {
            return 0;
        }
        Set<Long> answered = evaluations.respondents(occurrence.id());
        List<Person> members = memberships.ofGroup(group.id()).stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER).map(m -> m.person())
                .filter(p -> p.active() && !answered.contains(p.id()) && letters.reachable(p)).toList();
        SessionSeries series = occurrence.series();
        String subject = "How was your session? A short, anonymous evaluation";
        String body = body(series, occurrence);
        for (Person person : members) {
            outbox.add(letters.plain(series.organisationId(), person, MailKind.EVALUATION, group.id(), series.id(),
                    occurrence.id(), subject, body));
        }
        return members.size();
    }

    /** The same text for every member: the calendar title, the time and a link; no names. */
    private String body(SessionSeries series, Occurrence occurrence) {
        LocalDateTime start = LocalDateTime.ofInstant(occurrence.startsAt(), series.zone());
        return "Your session, " + letters.title(series) + ", on " + Formats.dateTime(start) + " ("
                + series.zone().getId() + "), has ended. If you took part, please tell us how it went. "
                + "It takes a couple of minutes, and you can skip any question.\n\n"
                + "Answer here (you will be asked to sign in):\n"
                + portal.link("/participant/evaluation.xhtml?occurrence=" + occurrence.id()) + "\n\n"
                + "Your answers are kept without your name, and facilitators see averages only once at least "
                + "eight people have answered. If you did not take part, you can ignore this email.";
    }
}
