package org.kindred.domain.model.rights;

import java.time.Instant;
import java.util.List;

/** Reads and erases everything about one person; reads the audit log in pages. Implemented in infrastructure. */
public interface PersonalDataRepository {

    /** Everything held about the person, their own rows only. */
    PersonalRecords about(long personId);

    /**
     * Whether the person still leads a group or facilitates a Schwartz Round: those rows are the
     * group's and the Round's, and an organiser hands them over before the person can be erased.
     */
    boolean leadsGroupsOrRounds(long personId);

    /**
     * Deletes every row naming the person (the rest follow by cascade), empties the address an
     * organiser typed for them as a Round's clinical lead, and empties their ids in the audit log.
     */
    void erase(long personId, String email);

    /** Up to {@code size} entries of the organisation at or after from and before until, after (afterAt, afterId). */
    List<AuditRow> auditPage(long organisationId, Instant from, Instant until, Instant afterAt, long afterId, int size);
}
