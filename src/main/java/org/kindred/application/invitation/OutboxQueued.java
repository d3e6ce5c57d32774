package org.kindred.application.invitation;

/** Mail was written to the outbox; after the transaction commits, the sender is woken to deliver it at once. */
public record OutboxQueued() {
}
