package org.kindred.domain.model.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofMinutes(10);
    private static final Duration GIVE_UP = Duration.ofHours(1);

    private static OutboxMessage message() {
        return OutboxMessage.to(1, 2L, "pat@trust.example", MailKind.INVITATION)
                .content("Invitation", "text", null)
                .calendar(CalendarMethod.REQUEST, 0, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
                .build("<id@kindred>", T0);
    }

    @Test
    void retriesBackOffExponentiallyUpToTheMaximum() {
        OutboxMessage message = message();
        assertEquals(OutboxStatus.PENDING, message.status());
        assertEquals(T0, message.nextAttemptAt(), "due at once");
        Instant now = T0;
        long[] expectedMinutes = {1, 2, 4, 8, 10, 10};
        for (long minutes : expectedMinutes) {
            assertFalse(message.attemptFailed(now, "refused", false, FIRST, MAX, GIVE_UP));
            assertEquals(now.plus(Duration.ofMinutes(minutes)), message.nextAttemptAt());
            now = message.nextAttemptAt();
        }
        assertEquals(6, message.attempts());
        assertEquals(OutboxStatus.PENDING, message.status());
    }

    @Test
    void itGivesUpAfterTheConfiguredTimeOrAtOnceWhenRefusedForGood() {
        OutboxMessage late = message();
        assertTrue(late.attemptFailed(T0.plus(GIVE_UP), "timeout", false, FIRST, MAX, GIVE_UP));
        assertEquals(OutboxStatus.FAILED, late.status());
        OutboxMessage refused = message();
        assertTrue(refused.attemptFailed(T0, "x".repeat(500), true, FIRST, MAX, GIVE_UP));
        assertEquals(OutboxStatus.FAILED, refused.status());
        assertEquals(OutboxMessage.MAX_ERROR_LENGTH, refused.lastError().length());
        Instant resent = T0.plus(Duration.ofHours(3));
        refused.retry(resent);
        assertEquals(OutboxStatus.PENDING, refused.status());
        assertThrows(IllegalStateException.class, () -> refused.retry(T0), "only a failed message is sent again");
        assertFalse(refused.attemptFailed(resent.plusSeconds(1), "timeout", false, FIRST, MAX, GIVE_UP),
                "sent again, it has the full time to get through once more");
        assertTrue(refused.attemptFailed(resent.plus(GIVE_UP), "timeout", false, FIRST, MAX, GIVE_UP));
    }

    @Test
    void theMessageIdIsFixedAndToStringHoldsNoAddress() {
        OutboxMessage message = message();
        assertEquals(OutboxStatus.PENDING, message.status());
        assertEquals("<id@kindred>", message.messageId());
        assertFalse(message.toString().contains("pat@"), "toString may be logged");
    }

    @Test
    void aCalendarPartNeedsItsMethod() {
        assertThrows(IllegalArgumentException.class, () -> OutboxMessage.to(1, 2L, "a@b.example", MailKind.INVITATION)
                .content("s", "t", null).calendar(null, 0, "BEGIN:VCALENDAR").build("<x@y>", T0));
    }
}
