package org.kindred.domain.model.invitation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An iMIP REPLY as read: one attendee's answer to one UID, for the whole series or, with a
 * recurrence id, one occurrence. The recurrence id is wall-clock in {@code recurrenceZone}, or in
 * the series' own zone when that is null (a floating value). {@code stamp} is the reply's DTSTAMP,
 * when the attendee answered, or null when it has none. {@code organiserEmail} is the ORGANIZER's
 * address, or null when the reply names none.
 */
public record CalendarReply(String uid, String attendeeEmail, PartStat partStat, int sequence,
                            LocalDateTime recurrenceId, ZoneId recurrenceZone, Instant stamp, String organiserEmail) {

    @Override
    public String toString() {
        return "CalendarReply[" + uid + "]"; // never the address: this may be logged
    }
}
