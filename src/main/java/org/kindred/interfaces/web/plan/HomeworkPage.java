package org.kindred.interfaces.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.kindred.application.evaluation.EvaluationService;
import org.kindred.application.exercise.HomeworkService;
import org.kindred.application.exercise.HomeworkService.GroupHomework;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Participant: each of my groups' current homework, with my own done-or-not answer, and what earlier
 * sessions covered, so that a missed session can be caught up. The link to the evaluation shows only
 * where the group evaluates that session (all of them, or only the last).
 */
@Named
@ViewScoped
public class HomeworkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient CurrentPerson me;

    @Inject
    transient EvaluationService evaluations;

    private transient List<GroupHomework> groups;
    private transient Set<Long> evaluated;

    public List<GroupHomework> getGroups() {
        if (groups == null) {
            groups = homework.current(me.caller());
        }
        return groups;
    }

    /** Whether the latest session's evaluation is open to me: read for all my groups at once. */
    public boolean evaluated(long occurrenceId) {
        if (evaluated == null) {
            evaluated = evaluations.offered(me.caller(), getGroups().stream().map(g -> g.current().occurrenceId()).toList());
        }
        return evaluated.contains(occurrenceId);
    }

    public void report(long occurrenceId, boolean done) {
        try {
            homework.report(me.caller(), occurrenceId, done);
            Messages.info(done ? Texts.get("homeworkPage.saidDone") : Texts.get("homeworkPage.saidNotDone"));
            groups = null;
            evaluated = null;
        } catch (RuleException e) {
            Messages.error(null, e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("homeworkPage.thatSessionIsNoLonger"));
            groups = null;
            evaluated = null;
        }
    }
}
