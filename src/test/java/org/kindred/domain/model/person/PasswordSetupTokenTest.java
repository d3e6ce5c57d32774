package org.kindred.domain.model.person;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PasswordSetupTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");
    private final Person person = new Person(1L, "Pat", new EmailAddress("pat@trust.nhs.uk"),
            EnumSet.of(Role.PARTICIPANT), ISSUED);

    @Test
    void worksOnceWithinItsValidity() {
        PasswordSetupToken token = new PasswordSetupToken(person, "h", ISSUED);
        assertSame(person, token.redeem(ISSUED.plus(Duration.ofDays(2))));
        InvalidTokenException second = assertThrows(InvalidTokenException.class,
                () -> token.redeem(ISSUED.plus(Duration.ofDays(2))));
        assertTrue(second.getMessage().contains("already been used"));
    }

    @Test
    void expiresAfterThreeDays() {
        PasswordSetupToken token = new PasswordSetupToken(person, "h", ISSUED);
        InvalidTokenException expired = assertThrows(InvalidTokenException.class,
                () -> token.redeem(ISSUED.plus(PasswordSetupToken.VALIDITY)));
        assertTrue(expired.getMessage().contains("expired"));
    }
}
