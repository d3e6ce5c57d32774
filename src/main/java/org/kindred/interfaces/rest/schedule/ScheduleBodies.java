package org.kindred.interfaces.rest.schedule;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.kindred.application.session.ClashChoice;
import org.kindred.application.session.SeriesPlan;
import org.kindred.domain.model.session.RecurrencePattern;

/**
 * Request bodies of the scheduling API. Classes, not records: Payara's OpenAPI generator fails on
 * constraints on record components.
 */
public final class ScheduleBodies {

    private ScheduleBodies() {
    }

    /** A series: a first start, and either an RFC 5545 {@code rrule} or a {@code pattern} with an end. */
    public static class Series {
        public LocalDateTime firstStart;
        @Size(max = 64, message = "Use a time zone name such as Europe/London, at most 64 characters.")
        public String timeZone;
        public Integer durationMinutes;
        @Size(max = 200, message = "Use a rule of at most 200 characters.")
        public String rrule;
        public RecurrencePattern pattern;
        public Integer count;
        public LocalDate until;
        public Long roomId;
        @Size(max = 500, message = "Use a video link of at most 500 characters.")
        public String onlineLink;
        /** What to do with clashing dates once seen: SKIP or MOVE (to {@link #moveToRoomId}). */
        public ClashChoice.Action onClash;
        public Long moveToRoomId;

        SeriesPlan plan() {
            return new SeriesPlan(firstStart, timeZone, durationMinutes, rrule, pattern, count, until, roomId, onlineLink);
        }

        ClashChoice choice() {
            return new ClashChoice(onClash, moveToRoomId);
        }
    }

    /** One session: a one-off extra, or a new time or place for one occurrence. */
    public static class Session {
        public LocalDateTime start;
        /** Instead of a length, the end time; it must be after the start. */
        public LocalDateTime end;
        public Integer durationMinutes;
        public Long roomId;
        @Size(max = 500, message = "Use a video link of at most 500 characters.")
        public String onlineLink;

        Integer minutes() {
            if (end == null) {
                return durationMinutes;
            }
            if (start == null || !end.isAfter(start)) {
                throw new org.kindred.domain.model.session.ScheduleException("end", "The end is before the start.");
            }
            return (int) Math.min(Integer.MAX_VALUE, java.time.Duration.between(start, end).toMinutes());
        }

        SeriesPlan plan() {
            return SeriesPlan.oneOff(start, minutes(), roomId, onlineLink);
        }
    }

    public static class Cancellation {
        @Size(max = 500, message = "Use at most 500 characters for the reason.")
        public String reason;
    }

    public static class End {
        public LocalDate lastDate;
    }

    public static class Site {
        @Size(max = 200, message = "Use at most 200 characters for the site's name.")
        public String name;
    }

    public static class Room {
        public Long siteId;
        @Size(max = 200, message = "Use at most 200 characters for the room's name.")
        public String name;
        public int capacity;
        @Size(max = 1000, message = "Use at most 1000 characters for the accessibility notes.")
        public String accessibilityNotes;
        @Size(max = 500, message = "Use at most 500 characters for the equipment.")
        public String equipment;
        public int setupMinutes;
        public int cleardownMinutes;
    }

    public static class Round {
        public Long groupId;
        @Size(max = 200, message = "Use at most 200 characters for the topic.")
        public String topic;
        public LocalDateTime start;
        public Integer durationMinutes;
        public Long roomId;
        @Size(max = 500, message = "Use a video link of at most 500 characters.")
        public String onlineLink;
        /** One of the organisation's facilitators, as GET /api/organiser/facilitators lists them. */
        public Long facilitatorId;
        /** Typed, matched exactly; the answer is the same whether or not the address has an account. */
        @Size(max = 254, message = "Use at most 254 characters for an email address.")
        public String clinicalLeadEmail;
        @Size(max = 4, message = "Ask 2 to 4 panellists.")
        public List<@Size(max = 254, message = "Use at most 254 characters for an email address.") String> panellistEmails;
        public LocalDateTime preparationStart;
        public Integer preparationMinutes;
        public Long preparationRoomId;
        @Size(max = 500, message = "Use a video link of at most 500 characters.")
        public String preparationLink;
    }

    public static class RoundMove {
        public LocalDateTime start;
        public Long roomId;
        @Size(max = 500, message = "Use a video link of at most 500 characters.")
        public String onlineLink;
        /** The answer to the offer to move the preparation meeting too. */
        public Boolean movePreparation;
    }

    /** One more panellist, by work email address: never a person id, which could be probed for names. */
    public static class Panellist {
        @Size(max = 254, message = "Use at most 254 characters for an email address.")
        public String email;
    }
}
