package org.kindred.application.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.PersonRepository;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.rights.PersonalDataRepository;

/**
 * Erasure (UK GDPR Art. 17): an admin erases a deactivated person of their organisation. Every named row
 * goes; the audit log keeps its facts without the person's id; anonymous figures and released reports
 * stay as they are (ADR 0020). One ERASE_PERSON entry records it, with the admin and no subject.
 */
@ApplicationScoped
public class ErasureService {

    public static final String DEACTIVATE_FIRST =
            "Deactivate this person first: only a deactivated account can be erased.";
    public static final String NOT_YOURSELF = "You cannot erase your own account.";
    public static final String HAND_OVER_FIRST = "This person still leads a group or facilitates a Schwartz Round. "
            + "An organiser must hand these over before the account can be erased.";

    @Inject
    PersonRepository people;

    @Inject
    PersonalDataRepository data;

    @Inject
    AttendanceRepository attendance;

    @Inject
    Clock clock;

    @Transactional
    public void erase(Caller caller, long personId) {
        if (!caller.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        Person person = people.findById(personId)
                .filter(p -> p.organisationId() != null && p.organisationId() == caller.organisationId())
                .orElseThrow(NotFoundException::new);
        if (person.id() == caller.personId()) {
            throw new ConflictException(NOT_YOURSELF);
        }
        if (person.active()) {
            throw new ConflictException(DEACTIVATE_FIRST);
        }
        if (data.leadsGroupsOrRounds(personId)) {
            throw new ConflictException(HAND_OVER_FIRST);
        }
        data.erase(personId, person.email().value());
        attendance.add(new AuditEntry(caller.organisationId(), clock.instant(), caller.personId(),
                AuditEntry.Action.ERASE_PERSON, null, null, null, true));
    }
}
