package org.kindred.domain.model.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Named attendance, its anonymous counts, Round headcounts and the audit log. */
public interface AttendanceRepository {

    List<AttendanceRecord> ofOccurrence(long occurrenceId);

    List<AttendanceRecord> ofGroup(long groupId);

    List<AttendanceRecord> ofPerson(long personId);

    Optional<AttendanceRecord> find(long occurrenceId, long personId);

    void add(AttendanceRecord record);

    /** Replaces a session's anonymous counts, which outlive the named marks. */
    void saveCounts(long occurrenceId, long groupId, int expected, int present, int apologies, int absent);

    /** Replaces a Round's headcount, by staff group ("all" for an undivided total). */
    void saveHeadcount(long occurrenceId, Map<String, Integer> byStaffGroup);

    Map<String, Integer> headcount(long occurrenceId);

    /** The headcounts of these Rounds, by occurrence id; one not yet recorded is absent. */
    Map<Long, Map<String, Integer>> headcounts(Collection<Long> occurrenceIds);

    void add(AuditEntry entry);

    /** An organisation's audit entries, newest first. */
    List<AuditEntry> audit(long organisationId, int limit);
}
