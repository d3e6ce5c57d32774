/**
 * Schwartz Rounds: organisers plan and move them and ask panellists by work email address, participants
 * answer a panel request, facilitators record a Round's headcount. Built on the schedule package's forms
 * and texts, since a Round is booked as sessions.
 */
package org.kindred.interfaces.web.round;
