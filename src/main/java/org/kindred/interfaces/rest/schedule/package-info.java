/**
 * Scheduling over JSON: the organiser's rooms, series, occurrences and calendar, the facilitator's
 * sessions, the participant's sessions, panels, feed, attendance and evaluations.
 */
package org.kindred.interfaces.rest.schedule;
