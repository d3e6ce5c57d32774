package org.kindred.domain.model.invitation;

/** The iTIP method of a calendar object (RFC 5546). REQUEST never carries a cancelled event. */
public enum CalendarMethod { REQUEST, CANCEL, PUBLISH, REPLY }
