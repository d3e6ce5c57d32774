/**
 * Calendar invitations in Kindred's own terms: the events an invitation describes, the outbox that
 * carries every email, attendees' answers and private subscription feeds. iCal4j and Jakarta Mail
 * stay outside, behind {@link org.kindred.domain.model.invitation.CalendarFormat} and the mail port.
 */
package org.kindred.domain.model.invitation;
