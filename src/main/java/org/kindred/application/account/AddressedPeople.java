package org.kindred.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.kindred.application.Retry;
import org.kindred.domain.model.person.DuplicateEmailException;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.PasswordSetupToken;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * The person at a work email address, for the roles an organiser fills by typing one (a Round's
 * clinical lead and panellists). Having an account in Kindred is itself sensitive, and organisers may
 * not list who has one, so every well-formed address gives a person and the caller can never tell
 * which way: the account that has this address (in any organisation, active or not), or else a new
 * participant account in the caller's organisation, made now with no password. The person at the
 * address then gets the same request either way; one whose account has no password yet also gets a
 * fresh single-use link to choose one ({@link Reached#setupSecret()}), so that they can sign in and answer.
 */
@ApplicationScoped
public class AddressedPeople {

    private static final Logger LOG = Logger.getLogger(AddressedPeople.class.getName());

    @Inject
    PersonRepository people;

    @Inject
    Clock clock;

    /**
     * The person, and the secret of a new set-password link when they have no password yet (null when
     * they have one, or are asked for something they can answer without signing in).
     */
    public record Reached(Person person, String setupSecret) {
        @Override
        public String toString() {
            return "Reached[" + person.id() + "]"; // never the secret or the address: this may be logged
        }
    }

    /**
     * Finds or makes the person at this address. Runs in the caller's transaction: if the request that
     * needed the person fails, a new account goes with it. Two requests making the same new account at
     * once: the second meets the unique address and runs again ({@link Retry.Again}), finding the first's.
     *
     * @param withSetupLink whether a person without a password gets a new set-password link
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reached reach(long organisationId, EmailAddress address, boolean withSetupLink) {
        Person person = people.findByEmail(address).orElse(null);
        if (person == null) {
            person = new Person(organisationId, nameFrom(address), address, EnumSet.of(Role.PARTICIPANT), clock.instant());
            people.add(person);
            try {
                people.flush();
            } catch (DuplicateEmailException e) {
                throw new Retry.Again();
            }
            long id = person.id();
            LOG.info(() -> "made participant account " + id + " for an address an organiser asked");
        }
        String secret = null;
        if (withSetupLink && person.passwordHash() == null) {
            secret = SetupTokens.newSecret();
            people.add(new PasswordSetupToken(person, SetupTokens.hash(secret), clock.instant()));
        }
        return new Reached(person, secret);
    }

    /**
     * A new account's name: the part of the address before the @, which says nothing the address does
     * not. Nobody but the person, their groups' facilitators and admins ever sees it; organisers see the
     * address they typed.
     */
    static String nameFrom(EmailAddress address) {
        String local = address.value().substring(0, address.value().indexOf('@'));
        return local.length() > Person.MAX_NAME_LENGTH ? local.substring(0, Person.MAX_NAME_LENGTH) : local;
    }
}
