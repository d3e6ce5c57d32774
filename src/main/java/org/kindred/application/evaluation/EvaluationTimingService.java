package org.kindred.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kindred.application.access.Caller;
import org.kindred.application.group.GroupAccess;
import org.kindred.domain.model.evaluation.EvaluationTiming;
import org.kindred.domain.model.group.SupportGroup;
import org.kindred.domain.model.session.Occurrence;
import org.kindred.domain.model.session.SessionRepository;

/**
 * When a group is evaluated: its facilitators choose after each session or once after the last, and
 * the form, the homework page's link and the day-after email all ask {@link #evaluates} the same way.
 */
@ApplicationScoped
public class EvaluationTimingService {

    @Inject
    GroupAccess access;

    @Inject
    SessionRepository sessions;

    /** The group's choice, for its facilitators; another group answers "not found". */
    @Transactional
    public EvaluationTiming of(Caller caller, long groupId) {
        return access.asFacilitator(caller, groupId).evaluationTiming();
    }

    /** Changes it for the group's facilitators. It applies from now on; answers already given stay. */
    @Transactional
    public EvaluationTiming change(Caller caller, long groupId, EvaluationTiming timing) {
        SupportGroup group = access.asFacilitator(caller, groupId);
        group.evaluateAt(timing);
        return group.evaluationTiming();
    }

    /** Whether the group evaluates this session: any one, or for END_OF_PROGRAMME its last scheduled one. */
    public boolean evaluates(SupportGroup group, Occurrence occurrence) {
        EvaluationTiming timing = group.evaluationTiming();
        if (timing == EvaluationTiming.EACH_SESSION) {
            return true;
        }
        return timing.evaluates(occurrence.id(), sessions.lastScheduledGroupSession(group.id()).orElse(null));
    }
}
