package org.kindred.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PersonTest {

    private final EmailAddress email = new EmailAddress("sam@trust.nhs.uk");

    @Test
    void holdsSeveralRolesAndCannotSignInBeforeChoosingAPassword() {
        Person sam = new Person(1L, " Sam Lee ", email, EnumSet.of(Role.FACILITATOR, Role.ORGANISER), Instant.now());
        assertEquals("Sam Lee", sam.displayName());
        assertTrue(sam.hasRole(Role.FACILITATOR) && sam.hasRole(Role.ORGANISER));
        assertFalse(sam.canSignIn());
        sam.changePasswordHash("PBKDF2WithHmacSHA256:600000:salt:hash");
        assertTrue(sam.canSignIn());
    }

    @Test
    void needsANameOfSensibleLengthAndARole() {
        assertThrows(IllegalArgumentException.class,
                () -> new Person(1L, " ", email, EnumSet.of(Role.ADMIN), Instant.now()));
        assertEquals("Name must be at most 200 characters", assertThrows(IllegalArgumentException.class,
                () -> new Person(1L, "x".repeat(201), email, EnumSet.of(Role.ADMIN), Instant.now())).getMessage());
        assertEquals("At least one role is required", assertThrows(IllegalArgumentException.class,
                () -> new Person(1L, "Sam", email, EnumSet.noneOf(Role.class), Instant.now())).getMessage());
    }
}
