package org.kindred.interfaces.web.group;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.evaluation.EvaluationTimingService;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.evaluation.EvaluationTiming;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Facilitator: whether a group is evaluated after each session or once, after its last. */
@Named
@ViewScoped
public class EvaluationTimingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationTimingService timings;

    @Inject
    transient CurrentPerson me;

    private Long groupId;
    private EvaluationTiming timing = EvaluationTiming.EACH_SESSION;

    /** On the first GET, from what the group page read after its own check (no statement of its own). */
    void show(long group, EvaluationTiming current) {
        groupId = group;
        timing = current;
    }

    public void save() {
        try {
            timing = timings.change(me.caller(), groupId == null ? -1 : groupId, timing);
            Messages.info(timing == EvaluationTiming.END_OF_PROGRAMME
                    ? Texts.get("evaluationTimingForm.savedOnceAtEnd")
                    : Texts.get("evaluationTimingForm.savedEachSession"));
        } catch (RuleException e) {
            Messages.rule("evaluationTiming", e);
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("common.groupNotYoursToChange"));
        }
    }

    public Long getGroupId() { return groupId; }
    public EvaluationTiming getTiming() { return timing; }
    public void setTiming(EvaluationTiming timing) { this.timing = timing; }
}
