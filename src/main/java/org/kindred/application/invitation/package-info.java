/**
 * Calendar invitations: every schedule or attendee change becomes one iMIP message per person,
 * written to the outbox in the change's own transaction ({@link org.kindred.application.invitation.Invitations});
 * the sender delivers them with retries ({@link org.kindred.application.invitation.OutboxSender});
 * answers come back as iMIP REPLY mail or signed links ({@link org.kindred.application.invitation.ReplyService});
 * private feeds and day-before reminders complete the picture.
 */
package org.kindred.application.invitation;
