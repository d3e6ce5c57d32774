package org.kindred.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.PortalSettings;
import org.kindred.application.mail.MailMessage;
import org.kindred.application.mail.Mailer;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.InvalidTokenException;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * Accounts are created by an admin and completed by the person: the invitation email carries a
 * single-use link, valid for {@link PasswordSetupToken#VALIDITY}, where they choose their password.
 * Nobody else ever knows it.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    PersonRepository people;

    @Inject
    PasswordHasher hasher;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings portal;

    @Inject
    Clock clock;

    /**
     * Creates the account and emails its setup link, in one transaction: if the mail server refuses
     * the message, no account is left behind without a way in.
     */
    @Transactional
    public Person invite(long organisationId, String displayName, String email, Set<Role> roles) {
        EmailAddress address = new EmailAddress(email);
        if (people.findByEmail(address).isPresent()) {
            throw new AccountException("An account with this email address already exists.");
        }
        Person person = new Person(organisationId, displayName, address, roles, clock.instant());
        String secret = SetupTokens.newSecret();
        try {
            people.add(person);
            people.add(new PasswordSetupToken(person, SetupTokens.hash(secret), clock.instant()));
        } catch (PersistenceException e) {
            throw new AccountException("An account with this email address already exists.");
        }
        mailer.send(new MailMessage(address.value(), "Your Kindred account",
                "Hello " + person.displayName() + ",\n\n"
                + "An account has been created for you in Kindred, the portal for your reflective-practice "
                + "and peer-support groups.\n\n"
                + "Choose your password here (the link works once, for "
                + PasswordSetupToken.VALIDITY.toDays() + " days):\n"
                + portal.link("/set-password.xhtml?token=" + secret) + "\n\n"
                + "If you did not expect this email, you can ignore it.\n"));
        LOG.info(() -> "invited person " + person.id() + " with roles " + person.roles());
        return person;
    }

    /**
     * Sets the password of the person the link belongs to and uses the link up.
     *
     * @throws InvalidTokenException when the link is unknown, used or expired
     * @throws AccountException when the password does not meet the policy
     */
    @Transactional
    public void setPassword(String secret, String password) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidTokenException("This link is not valid. Ask your administrator for a new one.");
        }
        PasswordSetupToken token = people.lockTokenByHash(SetupTokens.hash(secret))
                .orElseThrow(() -> new InvalidTokenException(
                        "This link is not valid. Ask your administrator for a new one."));
        Person person = token.person();
        PasswordPolicy.problemWith(password, person.email().value()).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        token.redeem(clock.instant());
        person.changePasswordHash(hasher.hash(password.toCharArray()));
        LOG.info(() -> "person " + person.id() + " set a password");
    }

    /** Whether the link can still be used, for showing the form or an explanation. */
    @Transactional
    public boolean isUsableLink(String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        return people.lockTokenByHash(SetupTokens.hash(secret))
                .filter(t -> t.usable(clock.instant()))
                .isPresent();
    }

    /** The people of one organisation: an admin never sees another organisation's. */
    @Transactional
    public List<Person> everyone(long organisationId) {
        return people.inOrganisation(organisationId);
    }

    /** The person with their roles: read once per request for the signed-in caller. */
    @Transactional
    public Person person(long id) {
        return people.findWithRoles(id).orElseThrow(() -> new AccountException("No such person."));
    }
}
