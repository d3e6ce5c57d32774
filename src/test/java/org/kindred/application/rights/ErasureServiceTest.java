package org.kindred.application.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kindred.application.access.Caller;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.fixtures.InMemoryPersonRepository;
import org.kindred.application.fixtures.LockOrder;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.EmailAddress;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.rights.AuditRow;
import org.kindred.domain.model.rights.PersonalDataRepository;
import org.kindred.domain.model.rights.PersonalRecords;

/** Who may erase whom, in which order the refusals come, and what a refused erasure leaves: nothing. */
class ErasureServiceTest {

    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<Long> erased = new ArrayList<>();
    private boolean leads;
    private ErasureService service;
    private Person admin;
    private Person leaver;
    private Person stranger;

    @BeforeEach
    void setUp() {
        InMemoryPersonRepository people = new InMemoryPersonRepository(new LockOrder());
        admin = person(people, 1L, "admin@kindred.test", Role.ADMIN);
        leaver = person(people, 1L, "leaver@kindred.test", Role.PARTICIPANT);
        stranger = person(people, 2L, "stranger@kindred.test", Role.PARTICIPANT);
        service = new ErasureService();
        service.people = people;
        service.clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
        service.attendance = (AttendanceRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AttendanceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("add") && args[0] instanceof AuditEntry entry) {
                        audit.add(entry);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        service.data = new PersonalDataRepository() {
            @Override
            public PersonalRecords about(long personId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean leadsGroupsOrRounds(long personId) {
                return leads;
            }

            @Override
            public void erase(long personId, String email) {
                erased.add(personId);
            }

            @Override
            public List<AuditRow> auditPage(long organisationId, Instant from, Instant until, Instant afterAt,
                                            long afterId, int size) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void anAdminErasesADeactivatedPersonOfTheirOrganisationAndTheLogKeepsTheFactWithoutThem() {
        leaver.deactivate();
        service.erase(caller(admin), leaver.id());
        assertEquals(List.of(leaver.id()), erased);
        assertEquals(1, audit.size());
        assertEquals(AuditEntry.Action.ERASE_PERSON, audit.get(0).action());
        assertEquals(admin.id(), audit.get(0).actorId());
        assertNull(audit.get(0).subjectId(), "the erased person is not named");
    }

    @Test
    void refusalsChangeNothing() {
        assertEquals(ErasureService.DEACTIVATE_FIRST,
                assertThrows(ConflictException.class, () -> service.erase(caller(admin), leaver.id())).getMessage());
        admin.deactivate(); // even so, not oneself
        assertEquals(ErasureService.NOT_YOURSELF,
                assertThrows(ConflictException.class, () -> service.erase(caller(admin), admin.id())).getMessage());
        leaver.deactivate();
        leads = true;
        assertEquals(ErasureService.HAND_OVER_FIRST,
                assertThrows(ConflictException.class, () -> service.erase(caller(admin), leaver.id())).getMessage());
        stranger.deactivate();
        assertThrows(NotFoundException.class, () -> service.erase(caller(admin), stranger.id()), "another organisation's");
        assertThrows(NotFoundException.class, () -> service.erase(caller(admin), 999), "nobody");
        assertThrows(NotFoundException.class, () -> service.erase(caller(leaver), leaver.id()), "not an admin");
        assertEquals(List.of(), erased);
        assertEquals(List.of(), audit);
    }

    private static Person person(InMemoryPersonRepository people, long organisation, String email, Role role) {
        Person person = new Person(organisation, email, new EmailAddress(email), Set.of(role),
                Instant.parse("2026-01-01T00:00:00Z"));
        people.add(person);
        return person;
    }

    private static Caller caller(Person person) {
        return new Caller(person.id(), person.organisationId(), person.roles());
    }
}
