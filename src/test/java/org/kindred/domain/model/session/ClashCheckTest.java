package org.kindred.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.room.TimeSpan;

class ClashCheckTest {

    private static TimeSpan span(String from, String until) {
        return new TimeSpan(Instant.parse("2027-01-05T" + from + ":00Z"), Instant.parse("2027-01-05T" + until + ":00Z"));
    }

    @Test
    void overlapsAreFoundAndTouchingSpansAreNot() {
        ClashCheck check = new ClashCheck(List.of(span("12:00", "13:30"), span("15:00", "16:00")));
        assertTrue(check.clashes(span("13:00", "14:00")));
        assertTrue(check.clashes(span("11:00", "17:00")));
        assertTrue(check.clashes(span("15:30", "15:45")));
        assertFalse(check.clashes(span("13:30", "15:00")), "ending as the next begins is not a clash");
        assertFalse(check.clashes(span("09:00", "12:00")));
        assertFalse(check.clashes(span("16:00", "18:00")));
    }

    @Test
    void aLongEarlierBookingIsNotHiddenByShorterOnesAfterIt() {
        ClashCheck check = new ClashCheck(List.of(span("08:00", "18:00"), span("09:00", "09:30"), span("10:00", "10:30")));
        assertTrue(check.clashes(span("16:00", "17:00")));
        assertFalse(new ClashCheck(List.of()).clashes(span("16:00", "17:00")));
    }

    @Test
    void equalStartsAreAllSeen() {
        ClashCheck check = new ClashCheck(List.of(span("12:00", "12:30"), span("12:00", "14:00"), span("12:00", "12:15")));
        assertTrue(check.clashes(span("13:00", "13:30")));
        assertFalse(check.clashes(span("14:00", "15:00")));
    }
}
