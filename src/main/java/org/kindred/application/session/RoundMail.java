package org.kindred.application.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.kindred.application.Formats;
import org.kindred.application.PortalSettings;
import org.kindred.application.account.AddressedPeople.Reached;
import org.kindred.application.invitation.InvitationLetters;
import org.kindred.application.invitation.OutboxQueued;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.round.SchwartzRound;
import org.kindred.domain.model.session.SessionSeries;

/**
 * The email that asks someone to speak on a Round's panel, written to the outbox in the transaction
 * that asks them. Every address asked gets exactly one, whether or not it had an account: the
 * organiser's view of the outbox (failed emails not about a group) must not differ between the two.
 * It names no group and no other person, only the times; one whose account has no password yet is
 * also given a link to choose one, since answering needs signing in.
 */
@ApplicationScoped
public class RoundMail {

    @Inject
    InvitationOutbox outbox;

    @Inject
    InvitationLetters letters;

    @Inject
    PortalSettings portal;

    @Inject
    Event<OutboxQueued> queued;

    void askedToSpeak(SchwartzRound round, SessionSeries roundSeries, SessionSeries preparation, Reached asked) {
        if (!letters.reachable(asked.person())) {
            return;
        }
        StringBuilder body = new StringBuilder()
                .append("You are asked to be on the panel of a Schwartz Round on ")
                .append(Formats.dateTime(roundSeries.firstStart())).append(" (").append(roundSeries.zone().getId())
                .append("). Panellists each tell a short story from their work; nothing said is attributed. ")
                .append("The panel meets to prepare with the facilitator on ")
                .append(Formats.dateTime(preparation.firstStart())).append(".\n\n")
                .append("Say yes or no in Kindred, under My sessions and panels:\n")
                .append(portal.link("/participant/panels.xhtml"));
        if (asked.setupSecret() != null) {
            body.append("\n\nYour Kindred account at this address has no password yet. Choose one here first (the link ")
                    .append("works once, for ").append(PasswordSetupToken.VALIDITY.toDays()).append(" days):\n")
                    .append(portal.link("/set-password.xhtml?token=" + asked.setupSecret()));
        }
        body.append("\n\nIf you did not expect this email, you can ignore it.");
        outbox.add(letters.plain(round.organisationId(), asked.person(), MailKind.NOTICE, null, null, null,
                "You are asked to speak at a Schwartz Round", body.toString()));
        queued.fire(new OutboxQueued());
    }
}
