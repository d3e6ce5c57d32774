package org.kindred.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.kindred.domain.model.organisation.Organisation;
import org.kindred.domain.model.organisation.OrganisationRepository;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * A new installation has nobody who could invite anybody. When no admin exists yet, the configured
 * address is invited as the first admin (and the organisation created if there is none), through the
 * same emailed single-use link as everyone else: no password ever travels through configuration.
 */
@ApplicationScoped
public class FirstAdmin {

    @Inject
    PersonRepository people;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountService accounts;

    /** @return the id of the person invited, or empty when an admin already exists */
    @Transactional
    public Optional<Long> inviteIfNoAdmin(String email, String name, String organisationName, ZoneId zone) {
        if (people.countWithRole(Role.ADMIN) > 0) {
            return Optional.empty();
        }
        Organisation organisation = organisations.findAll().stream().findFirst().orElseGet(() -> {
            Organisation created = new Organisation("main", organisationName, zone);
            organisations.add(created);
            return created;
        });
        return Optional.of(accounts.invite(organisation.id(), name, email, EnumSet.of(Role.ADMIN)).id());
    }
}
