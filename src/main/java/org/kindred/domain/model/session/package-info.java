/**
 * Session series and their occurrences. A series is an RFC 5545 recurrence in the organisation's time
 * zone; its occurrences are kept as rows so that one can be moved or cancelled on its own, and so that
 * room and facilitator clashes are checked over the whole span of a series. Every change produces a
 * {@link org.kindred.domain.model.session.ScheduleEvent} for the invitations to follow.
 */
package org.kindred.domain.model.session;
