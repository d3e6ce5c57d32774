package org.kindred.domain.model.session;

/** A cancelled occurrence stays as a row: calendars need its RECURRENCE-ID to remove it. */
public enum OccurrenceStatus {
    SCHEDULED, CANCELLED
}
