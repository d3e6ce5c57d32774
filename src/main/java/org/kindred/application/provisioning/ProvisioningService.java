package org.kindred.application.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.kindred.application.account.AccountService;
import org.kindred.application.people.Leavers;
import org.kindred.application.people.Newcomers;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.DuplicateEmailException;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.provisioning.ProvisioningRepository;
import org.kindred.domain.model.provisioning.ProvisioningRepository.Attribute;

/**
 * What an identity provider's SCIM client does to its organisation's people (ADR 0021). Every method
 * takes the {@link ProvisioningClient} first and reaches only the people of the token's organisation:
 * anyone else is "not found". Each change is audited as {@code SCIM_PROVISION}, with no actor (a
 * directory, not a person, made it) and the person as its subject.
 *
 * <ul>
 *   <li>A new person is a participant, invited exactly as an admin's invitation does
 *       ({@link AccountService#invite}): an email with a link to choose a password, here through the
 *       invitation outbox ({@link Newcomers}), so an SMTP outage loses none.</li>
 *   <li>{@code active} false lets the person go through the people package's leaver path
 *       ({@link Leavers#deactivate}); true lets them back in.</li>
 *   <li>Deleting deactivates in the same way and hides the person from SCIM from then on (RFC 7644
 *       §3.6: 404 for the deleted resource, left out of lists); nothing is erased. Creating the same user
 *       name again brings the account back under a new id.</li>
 * </ul>
 */
@ApplicationScoped
public class ProvisioningService {

    private static final Logger LOG = Logger.getLogger(ProvisioningService.class.getName());

    public static final String NO_SUCH_USER = "No such user.";
    public static final String NAME_TAKEN = "Another account already uses this userName.";
    public static final String LAST_ADMIN = "This is the organisation's last active admin in Kindred: make another "
            + "admin on Kindred's people page first.";

    @Inject
    ProvisioningRepository provisioning;

    @Inject
    PersonRepository people;

    @Inject
    AttendanceRepository audit;

    @Inject
    Leavers leavers;

    @Inject
    Newcomers newcomers;

    @Inject
    Clock clock;

    /** A new account, invited; or a deleted one of the organisation back under a new id. */
    @Transactional
    public ProvisionedUser create(ProvisioningClient client, UserFields fields) {
        EmailAddress address = address(fields.userName());
        String name = name(fields.displayName());
        Optional<Person> existing = people.findByEmail(address);
        Person person;
        if (existing.isPresent()) {
            person = existing.get();
            if (person.organisationId() != client.organisationId() || !person.scimDeleted()) {
                throw new ProvisioningException(ProvisioningException.Problem.UNIQUENESS, NAME_TAKEN);
            }
            person.restoreToScim();
            person.rename(name);
        } else {
            try {
                person = newcomers.invite(client.organisationId(), name, address, EnumSet.of(Role.PARTICIPANT));
            } catch (DuplicateEmailException e) { // another request made the address's account meanwhile
                throw new ProvisioningException(ProvisioningException.Problem.UNIQUENESS, NAME_TAKEN);
            }
            newcomers.wakeOutbox();
        }
        externalId(person, fields.externalId());
        try {
            people.flush(); // the new person's id, for the audit log and the leaver path
        } catch (DuplicateEmailException e) {
            throw new ProvisioningException(ProvisioningException.Problem.UNIQUENESS, NAME_TAKEN);
        }
        active(client, person, fields.active());
        audited(client, person);
        Person created = person;
        LOG.info(() -> "provisioning token " + client.tokenId() + " created person " + created.id());
        return user(person);
    }

    @Transactional
    public ProvisionedUser user(ProvisioningClient client, String id) {
        return user(find(client, id));
    }

    /**
     * The organisation's people, oldest first, filtered on one attribute when it is given; {@code count}
     * of them from the 1-based {@code startIndex}.
     */
    @Transactional
    public UserPage users(ProvisioningClient client, Attribute attribute, String value, int startIndex, int count) {
        long total = provisioning.countPeople(client.organisationId(), attribute, value);
        if (count <= 0) {
            return new UserPage(total, List.of());
        }
        List<ProvisionedUser> page = provisioning.people(client.organisationId(), attribute, value,
                Math.max(startIndex, 1) - 1, count).stream().map(ProvisioningService::user).toList();
        return new UserPage(total, page);
    }

    /**
     * Changes the person as {@code change} says, given what they are now: a PUT's replacement or a PATCH's
     * operations, applied in one transaction. Nothing is written unless every change is acceptable.
     */
    @Transactional
    public ProvisionedUser update(ProvisioningClient client, String id, UnaryOperator<UserFields> change) {
        Person person = find(client, id);
        UserFields before = fields(person);
        UserFields after = change.apply(before);
        if (after.equals(before)) {
            return user(person);
        }
        if (!after.userName().equalsIgnoreCase(before.userName())) {
            EmailAddress address = address(after.userName());
            if (people.findByEmail(address).isPresent()) {
                throw new ProvisioningException(ProvisioningException.Problem.UNIQUENESS, NAME_TAKEN);
            }
            person.changeEmail(address);
        }
        if (!after.displayName().equals(before.displayName())) {
            person.rename(name(after.displayName()));
        }
        externalId(person, after.externalId());
        try {
            people.flush();
        } catch (DuplicateEmailException e) {
            throw new ProvisioningException(ProvisioningException.Problem.UNIQUENESS, NAME_TAKEN);
        }
        active(client, person, after.active());
        audited(client, person);
        LOG.info(() -> "provisioning token " + client.tokenId() + " changed person " + person.id());
        return user(person);
    }

    /** Deactivates the person (the leaver path) and hides them from SCIM from now on; erases nothing. */
    @Transactional
    public void delete(ProvisioningClient client, String id) {
        Person person = find(client, id);
        active(client, person, false);
        person.deleteFromScim();
        audited(client, person);
        LOG.info(() -> "provisioning token " + client.tokenId() + " deleted person " + person.id() + " (deactivated)");
    }

    private Person find(ProvisioningClient client, String id) {
        if (id == null || id.length() > 64) {
            throw new ProvisioningException(ProvisioningException.Problem.NOT_FOUND, NO_SUCH_USER);
        }
        return provisioning.personByScimId(client.organisationId(), id)
                .orElseThrow(() -> new ProvisioningException(ProvisioningException.Problem.NOT_FOUND, NO_SUCH_USER));
    }

    /**
     * Lets the person go through the people package's leaver path, or back in as an admin's reactivation
     * does (same roles, no groups), audited with no actor. The organisation's last active admin is not
     * let go: an admin must make another admin first, as on the people page.
     */
    private void active(ProvisioningClient client, Person person, boolean active) {
        if (active == person.active()) {
            return;
        }
        if (active) {
            person.reactivate();
            audit.add(new AuditEntry(client.organisationId(), clock.instant(), null,
                    AuditEntry.Action.REACTIVATE_PERSON, null, null, person.id(), true));
            return;
        }
        if (person.hasRole(Role.ADMIN) && people.activeWithRole(client.organisationId(), Role.ADMIN) <= 1) {
            throw new ProvisioningException(ProvisioningException.Problem.MUTABILITY, LAST_ADMIN);
        }
        leavers.deactivate(client.organisationId(), null, person.id());
    }

    private void audited(ProvisioningClient client, Person person) {
        audit.add(new AuditEntry(client.organisationId(), clock.instant(), null, AuditEntry.Action.SCIM_PROVISION,
                null, null, person.id(), true));
    }

    private static void externalId(Person person, String externalId) {
        try {
            person.changeExternalId(externalId);
        } catch (IllegalArgumentException e) {
            throw new ProvisioningException(ProvisioningException.Problem.INVALID_VALUE, e.getMessage());
        }
    }

    private static EmailAddress address(String userName) {
        try {
            return new EmailAddress(userName);
        } catch (IllegalArgumentException e) {
            throw new ProvisioningException(ProvisioningException.Problem.INVALID_VALUE,
                    "userName must be the person's work email address.");
        }
    }

    private static String name(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new ProvisioningException(ProvisioningException.Problem.INVALID_VALUE,
                    "A name is required: displayName, name.formatted, or name.givenName and name.familyName.");
        }
        if (displayName.strip().length() > Person.MAX_NAME_LENGTH) {
            throw new ProvisioningException(ProvisioningException.Problem.INVALID_VALUE,
                    "The name must be at most " + Person.MAX_NAME_LENGTH + " characters.");
        }
        return displayName.strip();
    }

    private static UserFields fields(Person person) {
        return new UserFields(person.email().value(), person.displayName(), person.externalId(), person.active());
    }

    private static ProvisionedUser user(Person person) {
        return new ProvisionedUser(person.scimId(), fields(person), person.createdAt());
    }
}
