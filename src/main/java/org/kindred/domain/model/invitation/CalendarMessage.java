package org.kindred.domain.model.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One calendar object to write: one UID (a series and its overrides share it), one method, the
 * organisation's scheduling mailbox as ORGANIZER and at most one ATTENDEE, the recipient. A PUBLISH
 * (a feed) has no attendee and may hold several UIDs.
 */
public record CalendarMessage(CalendarMethod method, String organizerEmail, String organizerName,
                              String attendeeEmail, List<CalendarEvent> events, Instant stamp) {

    public CalendarMessage {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(organizerEmail, "organizerEmail");
        Objects.requireNonNull(stamp, "stamp");
        events = List.copyOf(events);
        if (method == CalendarMethod.PUBLISH) {
            if (attendeeEmail != null) {
                throw new IllegalArgumentException("a published calendar lists no attendees");
            }
        } else {
            Objects.requireNonNull(attendeeEmail, "attendeeEmail");
            if (events.isEmpty() || events.stream().map(CalendarEvent::uid).distinct().count() != 1) {
                throw new IllegalArgumentException("an iTIP message carries exactly one UID");
            }
            if (attendeeEmail.equalsIgnoreCase(organizerEmail)) {
                throw new IllegalArgumentException("the organizer is never the attendee");
            }
        }
        boolean cancel = method == CalendarMethod.CANCEL;
        if (events.stream().anyMatch(e -> e.cancelled() != cancel && method != CalendarMethod.PUBLISH)) {
            throw new IllegalArgumentException("STATUS:CANCELLED goes with METHOD:CANCEL only");
        }
    }
}
