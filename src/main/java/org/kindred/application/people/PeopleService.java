package org.kindred.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;

/**
 * Admins change the people of their own organisation: roles, deactivation (a leaver, through
 * {@link Leavers}) and reactivation. Anyone else, and any person of another organisation, is
 * answered "not found". Each change is audited with the person as subject.
 */
@ApplicationScoped
public class PeopleService {

    private static final Logger LOG = Logger.getLogger(PeopleService.class.getName());

    public static final String AT_LEAST_ONE_ROLE = "Choose at least one role.";
    public static final String OWN_ADMIN_ROLE = "You cannot remove your own admin role. Another admin can.";
    public static final String LAST_ADMIN = "The organisation needs at least one active admin.";
    public static final String NOT_YOURSELF = "You cannot deactivate your own account. Another admin can.";

    @Inject
    PersonRepository people;

    @Inject
    Leavers leavers;

    @Inject
    AttendanceRepository audit;

    @Inject
    Clock clock;

    /**
     * Replaces a person's roles. They take effect on the person's next request: the roles are read
     * on every one. Unchanged roles write nothing.
     *
     * @throws ConflictException for no role, an admin's own admin role, or the last active admin's
     */
    @Transactional
    public Person changeRoles(Caller admin, long personId, Set<Role> roles) {
        requireAdmin(admin);
        Person person = leavers.inOrganisation(admin.organisationId(), personId);
        if (roles == null || roles.isEmpty()) {
            throw new ConflictException(AT_LEAST_ONE_ROLE);
        }
        Set<Role> wanted = EnumSet.copyOf(roles);
        if (wanted.equals(person.roles())) {
            return person;
        }
        if (person.hasRole(Role.ADMIN) && !wanted.contains(Role.ADMIN)) {
            if (personId == admin.personId()) {
                throw new ConflictException(OWN_ADMIN_ROLE);
            }
            if (person.active() && people.activeWithRole(admin.organisationId(), Role.ADMIN) <= 1) {
                throw new ConflictException(LAST_ADMIN);
            }
        }
        person.changeRoles(wanted);
        audit.add(new AuditEntry(admin.organisationId(), clock.instant(), admin.personId(),
                AuditEntry.Action.CHANGE_ROLES, null, null, personId, true));
        LOG.info(() -> "person " + personId + " now has roles " + wanted);
        return person;
    }

    /**
     * Deactivates a leaver (see {@link Leavers#deactivate}): an admin cannot deactivate themselves or
     * the organisation's last active admin. An inactive person is left as they are.
     */
    @Transactional
    public Leavers.Departure deactivate(Caller admin, long personId) {
        requireAdmin(admin);
        Person person = leavers.inOrganisation(admin.organisationId(), personId);
        if (personId == admin.personId()) {
            throw new ConflictException(NOT_YOURSELF);
        }
        if (person.active() && person.hasRole(Role.ADMIN) && people.activeWithRole(admin.organisationId(), Role.ADMIN) <= 1) {
            throw new ConflictException(LAST_ADMIN);
        }
        return leavers.deactivate(admin.organisationId(), admin.personId(), personId);
    }

    /**
     * Lets a deactivated person sign in again, with the roles they had, and no group, panel or feed
     * back: those they join again. An active person is left as they are.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean reactivate(Caller admin, long personId) {
        requireAdmin(admin);
        Person person = leavers.inOrganisation(admin.organisationId(), personId);
        if (person.active()) {
            return false;
        }
        person.reactivate();
        audit.add(new AuditEntry(admin.organisationId(), clock.instant(), admin.personId(),
                AuditEntry.Action.REACTIVATE_PERSON, null, null, personId, true));
        LOG.info(() -> "person " + personId + " reactivated");
        return true;
    }

    /** One person of the admin's organisation, with roles. */
    @Transactional
    public Person person(Caller admin, long personId) {
        requireAdmin(admin);
        return leavers.inOrganisation(admin.organisationId(), personId);
    }

    static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }
}
