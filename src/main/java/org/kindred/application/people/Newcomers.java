package org.kindred.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import org.kindred.application.PortalSettings;
import org.kindred.application.account.AccountService;
import org.kindred.application.account.SetupTokens;
import org.kindred.application.invitation.InvitationLetters;
import org.kindred.application.invitation.OutboxQueued;
import org.kindred.domain.model.invitation.InvitationOutbox;
import org.kindred.domain.model.invitation.MailKind;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;

/**
 * New accounts made in bulk or by a directory (a people import, SCIM provisioning): the account, its
 * single-use setup link, and the invitation email in the invitation outbox, all in the caller's
 * transaction. The email is sent after the commit and retried through an SMTP outage, so none is lost
 * (an admin's single invitation, {@link AccountService#invite}, is sent at once instead, so the admin sees
 * a failure). The text is the admin invitation's.
 */
@ApplicationScoped
public class Newcomers {

    @Inject
    PersonRepository people;

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

    /** Adds the person and queues their invitation; call {@link #wakeOutbox()} once per transaction. */
    public Person invite(long organisationId, String displayName, EmailAddress address, Set<org.kindred.domain.model.person.Role> roles) {
        Person person = new Person(organisationId, displayName, address, roles, clock.instant());
        String secret = SetupTokens.newSecret();
        people.add(person);
        people.add(new PasswordSetupToken(person, SetupTokens.hash(secret), clock.instant()));
        people.flush();
        outbox.add(letters.plain(organisationId, person, MailKind.NOTICE, null, null, null,
                AccountService.INVITATION_SUBJECT,
                AccountService.invitationText(portal.link("/set-password.xhtml?token=" + secret))));
        return person;
    }

    /** Lets the outbox sender start on what this transaction queued, once it commits. */
    public void wakeOutbox() {
        queued.fire(new OutboxQueued());
    }
}
