/**
 * Scheduling over JSON: the organiser's rooms, series, occurrences and calendar, the facilitator's
 * sessions, the participant's sessions, panels, feed, attendance and evaluations. A single occurrence
 * changes through one delegate, {@link OccurrenceChanges}, whichever audience's URL was called.
 */
package org.kindred.interfaces.rest.schedule;
