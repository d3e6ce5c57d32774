package org.kindred.application.provisioning;

import java.time.Instant;

/** A token as the admin page lists it: never the token itself. */
public record TokenLine(long id, String label, Instant createdAt, Instant lastUsedAt) {
}
