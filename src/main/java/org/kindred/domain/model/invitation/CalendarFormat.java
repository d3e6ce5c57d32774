package org.kindred.domain.model.invitation;

/** Writes and reads iCalendar text (RFC 5545, 5546). Implemented with iCal4j in infrastructure.calendar. */
public interface CalendarFormat {

    /** The VCALENDAR text: CRLF line ends, folded at 75 octets, a VTIMEZONE for every TZID used. */
    String write(CalendarMessage message);

    /** Reads a METHOD:REPLY with exactly one ATTENDEE and its PARTSTAT. */
    CalendarReply readReply(String text) throws MalformedReplyException;
}
