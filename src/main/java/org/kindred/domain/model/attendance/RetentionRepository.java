package org.kindred.domain.model.attendance;

import java.time.Instant;

/**
 * Deletes personal data a group no longer needs once it has ended (its last session is over): named
 * attendance and ground-rules acceptances. Anonymous counts stay. Deleting twice deletes nothing more.
 */
public interface RetentionRepository {

    int deleteAttendanceOfGroupsEndedBefore(Instant endedBefore);

    int deleteAcceptancesOfGroupsEndedBefore(Instant endedBefore);
}
