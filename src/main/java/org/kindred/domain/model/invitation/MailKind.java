package org.kindred.domain.model.invitation;

/**
 * What an outgoing email is for. An ALERT that fails raises no further alert. EVALUATION is the
 * day-after invitation to answer a session's anonymous evaluation.
 */
public enum MailKind { INVITATION, UPDATE, CANCELLATION, REMINDER, NOTICE, ALERT, EVALUATION }
