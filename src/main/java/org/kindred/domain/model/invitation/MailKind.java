package org.kindred.domain.model.invitation;

/** What an outgoing email is for. An ALERT that fails raises no further alert. */
public enum MailKind { INVITATION, UPDATE, CANCELLATION, REMINDER, NOTICE, ALERT }
