/**
 * Series and sessions: the organiser's group schedule and calendar, the facilitator's sessions, and the
 * forms that book and change them. The forms fire {@link ScheduleChanged} so that the lists of the same
 * view read again once; {@link SessionTexts} is how a session reads on every page (#{when...}).
 */
package org.kindred.interfaces.web.schedule;
