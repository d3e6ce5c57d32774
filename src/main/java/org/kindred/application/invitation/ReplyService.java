package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.kindred.application.mail.IncomingMail;
import org.kindred.domain.model.invitation.Answer;
import org.kindred.domain.model.invitation.CalendarFormat;
import org.kindred.domain.model.invitation.CalendarReply;
import org.kindred.domain.model.invitation.MalformedReplyException;
import org.kindred.domain.model.invitation.PartStat;
import org.kindred.domain.model.invitation.ResponseRepository;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SessionRepository;
import org.kindred.domain.model.session.SessionSeries;

/**
 * Stores answers to invitations, from an iMIP REPLY in the scheduling mailbox or from a signed link.
 * A REPLY counts only when its one ATTENDEE is the sender of the mail (a reply cannot answer for
 * someone else), the UID is one of Kindred's series and that person is invited to it now.
 */
@ApplicationScoped
public class ReplyService {

    @Inject
    CalendarFormat format;

    @Inject
    SessionRepository sessions;

    @Inject
    PersonRepository people;

    @Inject
    Attendees attendees;

    @Inject
    ResponseRepository responses;

    @Inject
    ReplyLinks links;

    @Inject
    Clock clock;

    @Inject
    InvitationSettings settings;

    /** What an accept or decline link is about, for the page that asks to confirm it. */
    public record LinkPreview(String title, String when, PartStat answer) {
    }

    @Transactional
    public ReplyOutcome fromMail(IncomingMail mail) throws MalformedReplyException {
        CalendarReply reply = format.readReply(mail.calendar());
        if (mail.from() == null || !mail.from().equalsIgnoreCase(reply.attendeeEmail())) {
            throw new MalformedReplyException("the ATTENDEE is not the sender of the mail");
        }
        if (reply.partStat() == PartStat.NEEDS_ACTION) {
            throw new MalformedReplyException("a reply with no answer");
        }
        if (reply.organiserEmail() != null && !reply.organiserEmail().equalsIgnoreCase(settings.organiserMailbox())) {
            throw new MalformedReplyException("ORGANIZER is not Kindred's scheduling mailbox");
        }
        SessionSeries series = sessions.findByUid(reply.uid())
                .orElseThrow(() -> new MalformedReplyException("UID of no Kindred event"));
        // An attendee answers a version Kindred sent: a higher SEQUENCE is made up.
        int sent = series.occurrences().stream().mapToInt(Occurrence::sequence).reduce(series.sequence(), Math::max);
        if (reply.sequence() > sent) {
            throw new MalformedReplyException("SEQUENCE newer than any invitation sent");
        }
        Optional<Person> person = person(reply.attendeeEmail());
        if (person.isEmpty() || !attendees.includes(series, person.get().id())) {
            return ReplyOutcome.NOT_INVITED;
        }
        long key = Answer.WHOLE_SERIES;
        if (reply.recurrenceId() != null) {
            LocalDateTime local = reply.recurrenceZone() == null ? reply.recurrenceId()
                    : reply.recurrenceId().atZone(reply.recurrenceZone()).withZoneSameInstant(series.zone())
                            .toLocalDateTime();
            key = series.occurrences().stream().filter(o -> o.originalStart().equals(local)).map(Occurrence::id)
                    .findFirst().orElseThrow(() -> new MalformedReplyException("RECURRENCE-ID of no occurrence"));
        }
        Instant now = clock.instant();
        Instant answered = reply.stamp() == null || reply.stamp().isAfter(now) ? now : reply.stamp();
        responses.record(new Answer(person.get().id(), series.id(), key, reply.partStat()), answered, Answer.Via.EMAIL);
        return ReplyOutcome.RECORDED;
    }

    /** Checks a link and says what it would record, without using it up (a GET must change nothing). */
    @Transactional
    public LinkPreview preview(String token) {
        ReplyLinks.Claim claim = links.verify(token);
        links.requireUnused(token);
        SessionSeries series = invitedSeries(claim);
        return new LinkPreview(titleOf(series), whenOf(series, claim), claim.answer());
    }

    /** Records the link's answer and uses the link up. */
    @Transactional
    public LinkPreview answerByLink(String token) {
        ReplyLinks.Claim claim = links.verify(token);
        SessionSeries series = invitedSeries(claim);
        links.useUp(token);
        responses.record(new Answer(claim.personId(), series.id(), claim.occurrenceKey(), claim.answer()),
                clock.instant(), Answer.Via.LINK);
        return new LinkPreview(titleOf(series), whenOf(series, claim), claim.answer());
    }

    @Inject
    InvitationLetters letters;

    private SessionSeries invitedSeries(ReplyLinks.Claim claim) {
        SessionSeries series = sessions.find(claim.seriesId())
                .orElseThrow(() -> new LinkException(LinkException.Problem.NOT_INVITED));
        if (!attendees.includes(series, claim.personId())) {
            throw new LinkException(LinkException.Problem.NOT_INVITED);
        }
        if (claim.occurrenceKey() != Answer.WHOLE_SERIES && series.occurrences().stream()
                .noneMatch(o -> o.id() == claim.occurrenceKey() && o.isScheduled())) {
            throw new LinkException(LinkException.Problem.NOT_INVITED);
        }
        return series;
    }

    private String titleOf(SessionSeries series) {
        return letters.title(series);
    }

    private static String whenOf(SessionSeries series, ReplyLinks.Claim claim) {
        if (claim.occurrenceKey() == Answer.WHOLE_SERIES) {
            String first = org.kindred.application.Formats.dateTime(series.firstStart());
            return series.isOneOff() ? first : "every session from " + first;
        }
        Occurrence occurrence = series.occurrence(claim.occurrenceKey());
        return org.kindred.application.Formats.dateTime(
                LocalDateTime.ofInstant(occurrence.startsAt(), series.zone()));
    }

    private Optional<Person> person(String address) {
        try {
            return people.findByEmail(new EmailAddress(address));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
