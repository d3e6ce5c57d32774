package org.kindred.domain.model.rights;

import java.time.Instant;

/** One audit entry as the export writes it: ids only, never a name or an address. */
public record AuditRow(long id, Instant at, Long actorId, String action, Long groupId, Long occurrenceId,
                       Long subjectId, boolean allowed) {
}
