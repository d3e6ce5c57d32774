package org.kindred.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kindred.application.PortalSettings;
import org.kindred.application.group.GroupNotices;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;

/**
 * Emails about groups, written to the outbox in the transaction of the change (so a mail outage
 * neither undoes a join nor loses the email) and delivered by the outbox sender. The texts name no
 * group and no other person: a mail may be read over a shoulder, and the portal shows the rest after
 * sign-in.
 */
@ApplicationScoped
public class GroupMail {

    @Inject
    InvitationOutbox outbox;

    @Inject
    InvitationLetters letters;

    @Inject
    PersonRepository people;

    @Inject
    PortalSettings portal;

    @Inject
    Event<OutboxQueued> queued;

    void promoted(@Observes GroupNotices.Promoted notice) {
        queue(notice.personId(), "A place has come up in your group",
                "Good news: a place has come up in a group whose waitlist you were on, and it is yours.\n\n"
                + "See the group and its ground rules in Kindred:\n" + portal.link("/participant/index.xhtml"));
    }

    void invited(@Observes GroupNotices.Invited notice) {
        queue(notice.personId(), "You are invited to a group",
                "A facilitator has invited you to join a reflective-practice or peer-support group.\n\n"
                + "Accept or decline in Kindred:\n" + portal.link("/participant/index.xhtml"));
    }

    void rulesToAccept(@Observes GroupNotices.RulesToAccept notice) {
        for (GroupNotices.Recipient recipient : notice.recipients()) {
            queue(recipient.personId(), "Please accept your group's ground rules",
                    "Your group has ground rules that everyone agrees to before taking part.\n\n"
                    + "Read and accept them here (the link works once, for 14 days):\n"
                    + portal.link("/ground-rules.xhtml?token=" + recipient.secret()) + "\n\n"
                    + "Or sign in to Kindred and accept them there.");
        }
    }

    private void queue(long personId, String subject, String body) {
        Person person = people.findById(personId).orElseThrow();
        if (!letters.reachable(person)) {
            return;
        }
        outbox.add(letters.plain(person.organisationId(), person, MailKind.NOTICE, null, null, null, subject, body));
        queued.fire(new OutboxQueued());
    }
}
