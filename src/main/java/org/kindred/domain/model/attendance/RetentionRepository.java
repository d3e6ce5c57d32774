package org.kindred.domain.model.attendance;

import java.time.Instant;

/**
 * Deletes personal data a group no longer needs once it has ended (its last session is over): named
 * attendance, ground-rules acceptances, evaluation and wellbeing responded-flags and homework answers. Anonymous counts stay. Deleting twice deletes nothing more.
 */
public interface RetentionRepository {

    int deleteAttendanceOfGroupsEndedBefore(Instant endedBefore);

    int deleteAcceptancesOfGroupsEndedBefore(Instant endedBefore);

    /** The evaluation responded-flags; the anonymous answers themselves stay. */
    int deleteRespondedOfGroupsEndedBefore(Instant endedBefore);

    /** Members' homework done/not-done answers. */
    int deleteHomeworkReportsOfGroupsEndedBefore(Instant endedBefore);

    /** The wellbeing measure's responded-flags; the anonymous subscale sums stay. */
    int deleteWellbeingRespondedOfGroupsEndedBefore(Instant endedBefore);
}
