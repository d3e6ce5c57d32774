package org.kindred.domain.model.invitation;

/** Where an outgoing email stands. "Replied" is not a state of the email: it is read from the answers. */
public enum OutboxStatus { PENDING, SENT, FAILED }
