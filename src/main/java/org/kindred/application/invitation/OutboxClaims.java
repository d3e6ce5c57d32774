package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kindred.application.mail.Delivery;
import org.kindred.application.mail.OutgoingMail;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.invitation.OutboxMessage;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * The two short transactions around a delivery: claiming due messages, and recording what became of
 * them. The SMTP conversation happens between them, outside any transaction, so no row lock is held
 * while a mail server is slow.
 */
@ApplicationScoped
public class OutboxClaims {

    /** How long a claimed message is left to its sender before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    InvitationOutbox outbox;

    @Inject
    InvitationSettings settings;

    @Inject
    InvitationLetters letters;

    @Inject
    PersonRepository people;

    @Inject
    Clock clock;

    @Transactional
    public List<OutgoingMail> claim(int limit) {
        Instant now = clock.instant();
        return outbox.claimDue(now, now.plus(LEASE), limit).stream()
                .map(m -> new OutgoingMail(m.id(), m.messageId(), m.recipient(), m.subject(), m.text(), m.html(),
                        m.calendarMethod() == null ? null : m.calendarMethod().name(), m.calendar()))
                .toList();
    }

    /** @return how many messages failed for good in this batch */
    @Transactional
    public int settle(List<Delivery> deliveries) {
        Instant now = clock.instant();
        // the delivered in one statement; the failed (few, and each with its own next attempt) read in one
        outbox.markSent(deliveries.stream().filter(Delivery::delivered).map(Delivery::outboxId).toList(), now);
        List<Delivery> failures = deliveries.stream().filter(d -> !d.delivered()).toList();
        Map<Long, OutboxMessage> messages = outbox.findAll(failures.stream().map(Delivery::outboxId).toList());
        Map<Long, Integer> failedByOrganisation = new HashMap<>();
        for (Delivery delivery : failures) {
            OutboxMessage message = messages.get(delivery.outboxId());
            if (message != null // else deleted with its person meanwhile
                    && message.attemptFailed(now, delivery.error(), delivery.permanent(), settings.firstRetryDelay(),
                    settings.maxRetryDelay(), settings.giveUpAfter()) && message.kind() != MailKind.ALERT) {
                failedByOrganisation.merge(message.organisationId(), 1, Integer::sum);
            }
        }
        failedByOrganisation.forEach(this::alertOrganisers);
        return failedByOrganisation.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The organisers hear of messages that could not be delivered; the invitations page lists them. */
    private void alertOrganisers(long organisationId, int failed) {
        for (Person organiser : people.withRole(organisationId, Role.ORGANISER)) {
            if (organiser.active() && letters.reachable(organiser)) {
                outbox.add(letters.alert(organisationId, organiser, "Kindred could not deliver " + failed
                                + (failed == 1 ? " email" : " emails"),
                        failed + (failed == 1 ? " email" : " emails") + " to people in your groups could not be "
                                + "delivered after repeated attempts. The invitations page in Kindred shows which "
                                + "sessions they were about, and can send them again."));
            }
        }
    }
}
