package org.kindred.domain.model.attendance;

/** What a facilitator records for a member at a session. */
public enum AttendanceMark { PRESENT, APOLOGIES, ABSENT }
