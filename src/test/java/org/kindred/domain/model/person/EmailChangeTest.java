package org.kindred.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EmailChangeTest {

    private static final Instant ASKED = Instant.parse("2026-12-07T10:00:00Z");

    private final Person person = new Person(1L, "Pat", new EmailAddress("pat@trust.nhs.uk"), EnumSet.of(Role.PARTICIPANT), ASKED);

    @Test
    void confirmingChangesTheAddressOnce() {
        EmailChange change = new EmailChange(person, new EmailAddress("pat.new@trust.nhs.uk"), "hash", ASKED);
        assertTrue(change.usable(ASKED.plusSeconds(60)));
        change.confirm(ASKED.plusSeconds(60));
        assertEquals("pat.new@trust.nhs.uk", person.email().value());
        assertFalse(change.usable(ASKED.plusSeconds(61)));
        assertEquals(EmailChange.USED, assertThrows(InvalidTokenException.class, () -> change.confirm(ASKED.plusSeconds(62))).getMessage());
    }

    @Test
    void anExpiredLinkChangesNothing() {
        EmailChange change = new EmailChange(person, new EmailAddress("pat.new@trust.nhs.uk"), "hash", ASKED);
        Instant late = ASKED.plus(EmailChange.VALIDITY);
        assertFalse(change.usable(late));
        assertEquals(EmailChange.EXPIRED, assertThrows(InvalidTokenException.class, () -> change.confirm(late)).getMessage());
        assertEquals("pat@trust.nhs.uk", person.email().value());
    }
}
