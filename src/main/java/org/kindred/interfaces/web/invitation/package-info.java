/**
 * Calendar invitations and their answers: a participant's private feed address, the organiser's failed
 * emails, the public page behind an accept or decline link, and the demo mailbox that shows what was
 * sent without a real mail server.
 */
package org.kindred.interfaces.web.invitation;
