package org.kindred.application.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.signin.SignInRefused.Reason;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonIdentity;
import org.kindred.domain.model.person.PersonIdentityRepository;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * Who a provider account validated by {@link OpenIdProvider} is in Kindred (ADR 0022):
 * <ol>
 * <li>the person already linked to this issuer and subject; never found by email alone;</li>
 * <li>else, on a first sign-on, the account with the provider's <em>verified</em> email (an invited
 * account, or one that had a password), linked now;</li>
 * <li>else a new participant, if the organisation lets single sign-on make accounts;</li>
 * <li>else refused.</li>
 * </ol>
 * When the person's organisation takes roles from the provider, they are set from the roles claim at
 * every sign-on: participant always stays, and the organisation's last active admin keeps that role.
 * Logged by person id only.
 */
@ApplicationScoped
public class SingleSignOnService {

    private static final Logger LOG = Logger.getLogger(SingleSignOnService.class.getName());

    @Inject
    PersonRepository people;

    @Inject
    PersonIdentityRepository identities;

    @Inject
    OrganisationRepository organisations;

    @Inject
    OpenIdProvider provider;

    @Inject
    Clock clock;

    /**
     * The person this provider account signs in as, linked or made if need be.
     *
     * @return the person's id, for the sign-in to complete
     * @throws SignInRefused {@code NO_ACCOUNT}, {@code INACTIVE} or {@code LINKED_ELSEWHERE}
     */
    @Transactional
    public long signIn(ProviderIdentity identity) {
        Optional<PersonIdentity> link = identities.find(identity.issuer(), identity.subject());
        Person person;
        if (link.isPresent()) {
            person = people.findWithRoles(link.get().personId()).orElseThrow(() -> new SignInRefused(Reason.NO_ACCOUNT));
        } else {
            person = firstSignOn(identity);
        }
        if (!person.active()) {
            throw new SignInRefused(Reason.INACTIVE);
        }
        Organisation organisation = organisations.find(person.organisationId()).orElseThrow();
        if (organisation.ssoRoles() == Organisation.RoleSource.CLAIM) {
            applyRoles(person, organisation, identity);
        }
        return person.id();
    }

    private Person firstSignOn(ProviderIdentity identity) {
        Optional<EmailAddress> email = verifiedEmail(identity);
        Optional<Organisation> served = organisationForNewPeople();
        // the provider vouches only for its own organisation's staff: an account of another organisation on
        // the same server is never linked, even at an address the provider calls verified
        Optional<Person> byEmail = email.flatMap(people::findByEmail)
                .filter(p -> served.isPresent() && served.get().id().equals(p.organisationId()));
        if (byEmail.isPresent()) {
            Person person = byEmail.get();
            if (identities.ofPerson(person.id(), identity.issuer()).isPresent()) {
                LOG.warning(() -> "single sign-on refused: person " + person.id()
                        + " is linked to another account at the provider");
                throw new SignInRefused(Reason.LINKED_ELSEWHERE);
            }
            identities.add(new PersonIdentity(person.id(), identity.issuer(), identity.subject(), clock.instant()));
            LOG.info(() -> "person " + person.id() + " linked to their single sign-on account by verified email");
            return person;
        }
        if (email.isPresent() && people.findByEmail(email.get()).isPresent()) {
            throw new SignInRefused(Reason.NO_ACCOUNT); // the address is another organisation's account
        }
        Organisation organisation = served
                .filter(o -> o.ssoNewPeople() == Organisation.NewPeople.CREATE_PARTICIPANTS)
                .orElseThrow(() -> new SignInRefused(Reason.NO_ACCOUNT));
        if (email.isEmpty()) {
            // a new account needs an address Kindred can write to, vouched for by the provider
            throw new SignInRefused(Reason.NO_ACCOUNT);
        }
        Set<Role> roles = organisation.ssoRoles() == Organisation.RoleSource.CLAIM
                ? withParticipant(identity.roles().orElse(Set.of())) : EnumSet.of(Role.PARTICIPANT);
        Person person = new Person(organisation.id(), nameOf(identity, email.get()), email.get(), roles, clock.instant());
        people.add(person);
        people.flush();
        identities.add(new PersonIdentity(person.id(), identity.issuer(), identity.subject(), clock.instant()));
        LOG.info(() -> "person " + person.id() + " made by single sign-on");
        return person;
    }

    private static Optional<EmailAddress> verifiedEmail(ProviderIdentity identity) {
        if (!identity.emailVerified() || identity.email() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EmailAddress(identity.email().strip().toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private Optional<Organisation> organisationForNewPeople() {
        List<Organisation> all = organisations.findAll();
        Optional<String> slug = provider.organisationForNewPeople();
        if (slug.isPresent()) {
            return all.stream().filter(o -> o.slug().equals(slug.get())).findFirst();
        }
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    private void applyRoles(Person person, Organisation organisation, ProviderIdentity identity) {
        if (identity.roles().isEmpty()) {
            LOG.warning("the organisation takes roles from the provider, but no roles claim is configured:"
                    + " roles left as they are");
            return;
        }
        Set<Role> roles = withParticipant(identity.roles().get());
        if (person.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN) && people.activeWithRole(organisation.id(), Role.ADMIN) <= 1) {
            roles.add(Role.ADMIN);
            LOG.warning(() -> "person " + person.id() + " keeps the admin role: the organisation's last active admin");
        }
        if (!roles.equals(person.roles())) {
            person.changeRoles(roles);
            LOG.info(() -> "person " + person.id() + " has roles " + roles + " from the provider");
        }
    }

    private static Set<Role> withParticipant(Set<Role> roles) {
        Set<Role> result = EnumSet.of(Role.PARTICIPANT);
        result.addAll(roles);
        return result;
    }

    private static String nameOf(ProviderIdentity identity, EmailAddress email) {
        String name = identity.name() == null ? "" : identity.name().strip();
        if (name.isEmpty()) {
            name = email.value().substring(0, email.value().indexOf('@'));
        }
        return name.length() > Person.MAX_NAME_LENGTH ? name.substring(0, Person.MAX_NAME_LENGTH) : name;
    }
}
