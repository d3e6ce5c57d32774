package org.kindred.application.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kindred.application.access.Caller;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.fixtures.Entities;
import org.kindred.domain.model.attendance.AttendanceRepository;
import org.kindred.domain.model.attendance.AuditEntry;
import org.kindred.domain.model.person.Person;
import org.kindred.domain.model.person.Role;
import org.kindred.domain.model.provisioning.ProvisioningRepository;
import org.kindred.domain.model.provisioning.ProvisioningToken;

/** Tokens: shown once, stored as a hash, found by it, audited, one organisation's, revocable. */
class ProvisioningTokenServiceTest {

    private static final Caller ADMIN = new Caller(7, 1, Set.of(Role.ADMIN));
    private static final Caller OTHER_ADMIN = new Caller(8, 2, Set.of(Role.ADMIN));

    private final Tokens tokens = new Tokens();
    private final List<AuditEntry> audit = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final ProvisioningTokenService service = new ProvisioningTokenService();

    ProvisioningTokenServiceTest() {
        service.provisioning = tokens;
        service.audit = (AttendanceRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AttendanceRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("add") && args[0] instanceof AuditEntry entry) {
                        audit.add(entry);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        service.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKept() {
        IssuedToken issued = service.issue(ADMIN, "  Entra ID production ");
        assertTrue(issued.secret().matches("kscim_[A-Za-z0-9_-]{43}"), issued.secret());
        ProvisioningToken stored = tokens.rows.get(0);
        assertEquals(ProvisioningTokenService.hash(issued.secret()), stored.tokenHash());
        assertFalse(stored.tokenHash().contains(issued.secret().substring(6)));
        assertEquals("Entra ID production", stored.label());
        assertEquals(7L, stored.createdBy());
        assertFalse(issued.toString().contains(issued.secret()), "never in a log line");
        assertEquals(List.of(new TokenLine(issued.id(), "Entra ID production", now, null)), service.tokens(ADMIN));
        assertNotEquals(issued.secret(), service.issue(ADMIN, "Second").secret(), "random");
    }

    @Test
    void issuingAndRevokingAreAudited() {
        IssuedToken issued = service.issue(ADMIN, "Okta");
        service.revoke(ADMIN, issued.id());
        assertEquals(List.of(AuditEntry.Action.CREATE_SCIM_TOKEN, AuditEntry.Action.REVOKE_SCIM_TOKEN),
                audit.stream().map(AuditEntry::action).toList());
        assertTrue(audit.stream().allMatch(e -> e.actorId() == 7L && e.organisationId() == 1L && e.allowed()));
    }

    @Test
    void theTokenAuthenticatesItsOrganisationsClientUntilRevoked() {
        IssuedToken issued = service.issue(ADMIN, "Entra");
        assertEquals(Optional.of(new ProvisioningClient(issued.id(), 1)), service.authenticate(issued.secret()));
        assertEquals(Optional.empty(), service.authenticate(issued.secret() + "x"));
        assertEquals(Optional.empty(), service.authenticate(issued.secret().substring(6)), "the prefix is part of it");
        assertEquals(Optional.empty(), service.authenticate(null));
        assertEquals(Optional.empty(), service.authenticate("kscim_" + "a".repeat(500)));
        service.revoke(ADMIN, issued.id());
        assertEquals(Optional.empty(), service.authenticate(issued.secret()));
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        IssuedToken issued = service.issue(ADMIN, "Entra");
        service.authenticate(issued.secret());
        Instant first = now;
        now = now.plusSeconds(30);
        service.authenticate(issued.secret());
        assertEquals(first, tokens.rows.get(0).lastUsedAt());
        now = now.plus(Duration.ofSeconds(31));
        service.authenticate(issued.secret());
        assertEquals(now, tokens.rows.get(0).lastUsedAt());
    }

    @Test
    void onlyAnAdminOfTheTokensOrganisation() {
        IssuedToken issued = service.issue(ADMIN, "Entra");
        Caller organiser = new Caller(9, 1, Set.of(Role.ORGANISER));
        assertThrows(NotFoundException.class, () -> service.issue(organiser, "Mine"));
        assertThrows(NotFoundException.class, () -> service.tokens(organiser));
        assertThrows(NotFoundException.class, () -> service.revoke(organiser, issued.id()));
        assertThrows(NotFoundException.class, () -> service.revoke(OTHER_ADMIN, issued.id()));
        assertEquals(List.of(), service.tokens(OTHER_ADMIN));
        assertTrue(service.authenticate(issued.secret()).isPresent(), "still there");
    }

    @Test
    void aLabelIsNeeded() {
        assertThrows(IllegalArgumentException.class, () -> service.issue(ADMIN, " "));
        assertThrows(IllegalArgumentException.class, () -> service.issue(ADMIN, "x".repeat(101)));
        assertEquals(List.of(), tokens.rows);
        assertEquals(List.of(), audit);
    }

    /** The token half of the repository, in memory. */
    private static final class Tokens implements ProvisioningRepository {
        final List<ProvisioningToken> rows = new ArrayList<>();
        private long nextId = 100;

        @Override
        public void add(ProvisioningToken token) {
            rows.add(Entities.withId(token, nextId++));
        }

        @Override
        public Optional<ProvisioningToken> tokenByHash(String tokenHash) {
            return rows.stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public Optional<ProvisioningToken> token(long organisationId, long id) {
            return rows.stream().filter(t -> t.id() == id && t.organisationId() == organisationId).findFirst();
        }

        @Override
        public List<ProvisioningToken> tokens(long organisationId) {
            return rows.stream().filter(t -> t.organisationId() == organisationId).toList();
        }

        @Override
        public void remove(ProvisioningToken token) {
            rows.remove(token);
        }

        @Override
        public Optional<Person> personByScimId(long organisationId, String scimId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Person> people(long organisationId, Attribute attribute, String value, int offset, int count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countPeople(long organisationId, Attribute attribute, String value) {
            throw new UnsupportedOperationException();
        }
    }
}
