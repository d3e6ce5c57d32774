package org.kindred.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.PortalSettings;
import org.kindred.application.mail.MailMessage;
import org.kindred.application.mail.Mailer;
import org.kindred.domain.model.person.DuplicateEmailException;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.EmailChange;
import org.kindred.domain.model.person.InvalidTokenException;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.person.SignInRepository;

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

    @Inject
    LoginThrottle throttle;

    @Inject
    SignInRepository signIns;

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
        mailer.send(new MailMessage(address.value(), INVITATION_SUBJECT,
                "Hello " + person.displayName() + ",\n\n" + invitationText(portal.link("/set-password.xhtml?token=" + secret))));
        LOG.info(() -> "invited person " + person.id() + " with roles " + person.roles());
        return person;
    }

    public static final String INVITATION_SUBJECT = "Your Kindred account";

    /** The invitation's words after the greeting, around the setup link: one text for every way in. */
    public static String invitationText(java.net.URI setupLink) {
        return "An account has been created for you in Kindred, the portal for your reflective-practice "
                + "and peer-support groups.\n\n"
                + "Choose your password here (the link works once, for "
                + PasswordSetupToken.VALIDITY.toDays() + " days):\n"
                + setupLink + "\n\n"
                + "If you did not expect this email, you can ignore it.\n";
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
        signIns.revokeAllBut(person.id(), null);
        LOG.info(() -> "person " + person.id() + " set a password");
    }

    /**
     * Asks to change the address a person signs in with, after they prove again who they are with their
     * current password (ASVS 5.0 6.2.3 and 7.5.1): a session left open on a ward computer must not let
     * someone else take the account over. Wrong passwords count towards the sign-in throttle. Nothing
     * changes yet: a single-use link, valid for {@link EmailChange#VALIDITY}, goes to the new address,
     * which must be the person's to read (ADR 0024), and the old address is told of the request, so that
     * a change the person did not ask for is noticed.
     *
     * @throws AccountException with a message safe to show, when nothing was asked
     */
    @Transactional
    public void changeEmail(long personId, String currentPassword, String newEmail, String remoteAddress) {
        Person person = reauthenticated(personId, currentPassword, remoteAddress);
        String oldEmail = person.email().value();
        EmailAddress address;
        try {
            address = new EmailAddress(newEmail);
        } catch (IllegalArgumentException e) {
            throw new AccountException(NOT_AN_ADDRESS);
        }
        if (address.value().equals(oldEmail)) {
            throw new AccountException(SAME_ADDRESS);
        }
        if (people.findByEmail(address).isPresent()) {
            throw new AccountException(ADDRESS_TAKEN);
        }
        String secret = SetupTokens.newSecret();
        signIns.dropPendingEmailChanges(person.id()); // only the newest request's link works
        signIns.add(new EmailChange(person, address, SetupTokens.hash(secret), clock.instant()));
        mailer.send(new MailMessage(address.value(), CONFIRM_SUBJECT, "Hello " + person.displayName() + ",\n\n"
                + "You asked to sign in to Kindred with this address from now on. To confirm, open this link and "
                + "press the button there (the link works once, for " + EmailChange.VALIDITY.toHours() + " hours):\n"
                + portal.link("/confirm-email.xhtml?token=" + secret) + "\n\n"
                + "Until then, you sign in with your current address. If you did not ask for this, ignore this email.\n"));
        mailer.send(new MailMessage(oldEmail, "A change of your Kindred sign-in address was asked for",
                "Hello " + person.displayName() + ",\n\n"
                + "Someone signed in as you asked to change the address you sign in to Kindred with to "
                + address.value() + ". The change happens only when it is confirmed from that address.\n\n"
                + "If you did not ask for it, change your password and tell your Kindred administrator at once.\n"));
        LOG.info(() -> "person " + person.id() + " asked to change their email address");
    }

    public static final String CONFIRM_SUBJECT = "Confirm your new Kindred sign-in address";

    /** The new address a change link would confirm, while the link can still be used; for its page. */
    @Transactional
    public Optional<String> pendingEmailChange(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return signIns.emailChangeByHash(SetupTokens.hash(secret))
                .filter(c -> c.usable(clock.instant()))
                .map(c -> c.newEmail().value());
    }

    /**
     * Confirms a change of sign-in address from the link sent to the new address, if that address is still
     * free, and uses the link up. The person's other sessions are signed out; both addresses are told.
     *
     * @param keepSessionKey the key of the session confirming, kept signed in when it is the person's
     * @throws InvalidTokenException when the link is unknown, used or expired
     * @throws AccountException when the address has been taken meanwhile
     */
    @Transactional
    public void confirmEmailChange(String secret, String keepSessionKey) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidTokenException(NOT_A_CHANGE_LINK);
        }
        EmailChange change = signIns.lockEmailChangeByHash(SetupTokens.hash(secret))
                .orElseThrow(() -> new InvalidTokenException(NOT_A_CHANGE_LINK));
        if (!change.person().active()) {
            throw new InvalidTokenException(NOT_A_CHANGE_LINK); // deactivated since asking
        }
        String oldEmail = change.person().email().value();
        if (change.usable(clock.instant()) && people.findByEmail(change.newEmail()).isPresent()) {
            throw new AccountException(ADDRESS_TAKEN);
        }
        Person person = change.confirm(clock.instant());
        try {
            people.flush();
        } catch (DuplicateEmailException e) {
            throw new AccountException(ADDRESS_TAKEN);
        }
        signIns.endAllBut(person.id(), keepSessionKey == null ? null : SignedInSessionService.hash(keepSessionKey));
        String notice = "Hello " + person.displayName() + ",\n\n"
                + "The email address you sign in to Kindred with has just been changed to " + person.email().value()
                + ". Your other sessions have been signed out.\n\n"
                + "If you did not change it, tell your Kindred administrator at once.\n";
        mailer.send(new MailMessage(oldEmail, "Your Kindred sign-in address has changed", notice));
        mailer.send(new MailMessage(person.email().value(), "Your Kindred sign-in address has changed", notice));
        LOG.info(() -> "person " + person.id() + " changed their email address");
    }

    public static final String NOT_A_CHANGE_LINK = "This link is not valid. Ask for the change again from your account page.";

    /** Removes email change requests used or expired before the instant (housekeeping). */
    @Transactional
    public int purgeEmailChanges(Instant before) {
        return signIns.purgeEmailChanges(before);
    }

    /**
     * Changes the signed-in person's password after they give the current one (ASVS 5.0 6.2.2, 6.2.3),
     * under the same policy as a new password. The person's other sessions are signed out (ADR 0024), and
     * the person is told by email.
     *
     * @throws AccountException with a message safe to show, when nothing was changed
     */
    @Transactional
    public void changePassword(long personId, String currentPassword, String newPassword, String remoteAddress,
                               String keepSessionKey) {
        Person person = reauthenticated(personId, currentPassword, remoteAddress);
        PasswordPolicy.problemWith(newPassword, person.email().value()).ifPresent(problem -> {
            throw new AccountException(problem);
        });
        person.changePasswordHash(hasher.hash(newPassword.toCharArray()));
        signIns.revokeAllBut(person.id(), keepSessionKey == null ? null : SignedInSessionService.hash(keepSessionKey));
        mailer.send(new MailMessage(person.email().value(), "Your Kindred password has changed",
                "Hello " + person.displayName() + ",\n\nYour Kindred password has just been changed, and your "
                + "other sessions have been signed out.\n\n"
                + "If you did not change it, tell your Kindred administrator at once.\n"));
        LOG.info(() -> "person " + person.id() + " changed their password");
    }

    /**
     * The person, once their current password is right. Each try counts towards the sign-in throttle
     * before the password is checked, as signing in does; a refused one reads like a wrong password and
     * takes as long.
     */
    private Person reauthenticated(long personId, String currentPassword, String remoteAddress) {
        Person person = people.findWithRoles(personId).orElseThrow(() -> new AccountException("No such person."));
        if (!throttle.confirmsPassword(person, currentPassword, remoteAddress)) {
            throw new AccountException(WRONG_PASSWORD);
        }
        return person;
    }

    public static final String WRONG_PASSWORD = "That is not your current password.";
    public static final String NOT_AN_ADDRESS = "Enter an email address such as name@example.nhs.uk.";
    public static final String SAME_ADDRESS = "That is already your address.";
    public static final String ADDRESS_TAKEN = "Another account already uses this address.";

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
