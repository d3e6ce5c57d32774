package org.kindred.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void normalisesCaseAndSpaceSoOneAddressIsOneAccount() {
        assertEquals(new EmailAddress("pat@trust.nhs.uk"), new EmailAddress("  Pat@Trust.NHS.uk "));
    }

    @Test
    void refusesWhatIsNotAnAddressWithAReadableMessage() {
        assertEquals("Email address is required", assertThrows(IllegalArgumentException.class,
                () -> new EmailAddress(" ")).getMessage());
        assertEquals("Email address is not valid", assertThrows(IllegalArgumentException.class,
                () -> new EmailAddress("pat@localhost")).getMessage());
        assertEquals("Email address must be at most 254 characters", assertThrows(IllegalArgumentException.class,
                () -> new EmailAddress("a".repeat(250) + "@x.uk")).getMessage());
    }

    @Test
    void neverPrintsTheAddress() {
        assertFalse(new EmailAddress("pat@trust.nhs.uk").toString().contains("pat"));
    }
}
