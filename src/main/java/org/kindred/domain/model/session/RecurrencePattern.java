package org.kindred.domain.model.session;

/**
 * The shapes of series Kindred schedules. Each is a rule every calendar client reads the same way:
 * Outlook refuses several BYMONTHDAY values, several numbered BYDAY values, BYMONTHDAY=-1 and
 * BYSETPOS=-1, so none of those is offered.
 */
public enum RecurrencePattern {
    /** Every week on the first session's weekday. */
    WEEKLY,
    /** Every other week on the first session's weekday. */
    FORTNIGHTLY,
    /** Monthly on the n-th weekday of the first session, e.g. the second Tuesday. */
    MONTHLY_BY_WEEKDAY,
    /** Monthly on the first session's day of the month. */
    MONTHLY_BY_DATE
}
