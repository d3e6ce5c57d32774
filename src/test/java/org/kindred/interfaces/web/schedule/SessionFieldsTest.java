package org.kindred.interfaces.web.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.kindred.application.session.ScheduleViews.SessionView;
import org.kindred.domain.model.session.SeriesKind;

/** The fields every scheduling form shares: filled from a session to change, read back as one start. */
class SessionFieldsTest {

    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 5, 12, 30);

    @Test
    void aSessionToChangeFillsItsStartLengthAndPlace() {
        SessionView session = new SessionView(7, 3, 1, "Peer support", SeriesKind.GROUP_SESSION, START,
                START.plusMinutes(90), "Europe/London", 11L, "Seminar Room A", "Northfield", "https://meet.example/x",
                false, null, false);

        SessionFields fields = new SessionFields(session);

        assertEquals(START, fields.start("start", "startTime"));
        assertEquals(90, fields.getMinutes());
        assertEquals(11L, fields.getRoomId());
        assertEquals("https://meet.example/x", fields.getOnlineLink());
    }

    /** Both inputs empty: no start, so that the service says what is missing. */
    @Test
    void anEmptyStartIsLeftToTheService() {
        SessionFields fields = new SessionFields();
        assertNull(fields.start("firstStart", "firstStartTime"));
        assertNull(fields.getMinutes());
        assertNull(fields.getRoomId());
    }
}
