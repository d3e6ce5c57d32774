package org.kindred.domain.model.invitation;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Reads an invitation Kindred wrote back into what a person sees of it: the demo mailbox shows an
 * invitation as a card (title, times, how it repeats) beside the raw calendar part.
 */
public interface InvitationCards {

    /** The calendar's first event, or empty when the text is not an iCalendar object with one. */
    Optional<Card> read(String calendarText);

    /**
     * @param method the iTIP method: REQUEST for an invitation, CANCEL for a cancellation
     * @param rrule  the RRULE value of a series, or null for a single session
     */
    record Card(String method, String title, ZonedDateTime start, ZonedDateTime end, String rrule) {
    }
}
