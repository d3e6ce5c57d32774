package org.kindred.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
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

/** Who may change people, and the admin rules: checked before anything is changed. */
class PeopleServiceTest {

    private final InMemoryPersonRepository people = new InMemoryPersonRepository(new LockOrder());
    private final List<AuditEntry> audit = new ArrayList<>();
    private final PeopleService service = new PeopleService();
    private Person admin;
    private Person other;
    private Person elsewhere;

    @BeforeEach
    void setUp() {
        Leavers leavers = new Leavers();
        leavers.people = people;
        service.people = people;
        service.leavers = leavers;
        service.clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
        service.audit = (AttendanceRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AttendanceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("add") && args[0] instanceof AuditEntry entry) {
                        audit.add(entry);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        admin = person(1L, "ada@kindred.test", EnumSet.of(Role.ADMIN));
        other = person(1L, "ola@kindred.test", EnumSet.of(Role.FACILITATOR, Role.PARTICIPANT));
        elsewhere = person(2L, "eve@kindred.test", EnumSet.of(Role.PARTICIPANT));
    }

    private Person person(long organisationId, String email, Set<Role> roles) {
        Person p = new Person(organisationId, email, new EmailAddress(email), roles, Instant.EPOCH);
        people.add(p);
        return p;
    }

    private Caller caller(Person p) {
        return new Caller(p.id(), p.organisationId(), p.roles());
    }

    @Test
    void onlyAnAdminOfTheSameOrganisationIsAnswered() {
        Caller organiser = new Caller(other.id(), 1L, EnumSet.of(Role.ORGANISER, Role.FACILITATOR));
        assertThrows(NotFoundException.class, () -> service.changeRoles(organiser, other.id(), EnumSet.of(Role.PARTICIPANT)));
        assertThrows(NotFoundException.class, () -> service.deactivate(organiser, other.id()));
        assertThrows(NotFoundException.class, () -> service.reactivate(organiser, other.id()));
        assertThrows(NotFoundException.class, () -> service.changeRoles(caller(admin), elsewhere.id(),
                EnumSet.of(Role.ADMIN)), "another organisation's person is not found");
        assertEquals(List.of(), audit);
    }

    @Test
    void rolesChangeAndAreAuditedWithTheirSubject() {
        service.changeRoles(caller(admin), other.id(), EnumSet.of(Role.PARTICIPANT));
        assertEquals(EnumSet.of(Role.PARTICIPANT), other.roles());
        assertEquals(1, audit.size());
        assertEquals(AuditEntry.Action.CHANGE_ROLES, audit.get(0).action());
        assertEquals(other.id(), audit.get(0).subjectId());
        assertEquals(admin.id(), audit.get(0).actorId());
        service.changeRoles(caller(admin), other.id(), EnumSet.of(Role.PARTICIPANT));
        assertEquals(1, audit.size(), "the same roles again write nothing");
    }

    @Test
    void anAdminKeepsTheirOwnAdminRoleAndTheOrganisationKeepsAnAdmin() {
        assertEquals(PeopleService.OWN_ADMIN_ROLE, assertThrows(ConflictException.class,
                () -> service.changeRoles(caller(admin), admin.id(), EnumSet.of(Role.ORGANISER))).getMessage());
        assertThrows(ConflictException.class, () -> service.changeRoles(caller(admin), other.id(), Set.of()));
        assertEquals(PeopleService.NOT_YOURSELF, assertThrows(ConflictException.class,
                () -> service.deactivate(caller(admin), admin.id())).getMessage());
        service.changeRoles(caller(admin), other.id(), EnumSet.of(Role.ADMIN));
        Caller otherAdmin = new Caller(other.id(), 1L, EnumSet.of(Role.ADMIN));
        service.changeRoles(otherAdmin, admin.id(), EnumSet.of(Role.PARTICIPANT)); // two admins: allowed
        assertFalse(admin.hasRole(Role.ADMIN));
        assertTrue(admin.active());
    }

    @Test
    void reactivatingAnActivePersonChangesNothing() {
        assertFalse(service.reactivate(caller(admin), other.id()));
        assertEquals(List.of(), audit);
    }
}
