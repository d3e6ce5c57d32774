package org.kindred.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.evaluation.EvaluationTimings;
import org.kindred.application.group.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.evaluation.EvaluationTiming;

/** Facilitator: whether a group is evaluated after each session or once, after its last. */
@Named
@ViewScoped
public class EvaluationTimingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationTimings timings;

    @Inject
    transient CurrentPerson me;

    private Long groupId;
    private EvaluationTiming timing = EvaluationTiming.EACH_SESSION;

    /** On the first GET, after the page's own check: a group that is not the caller's shows nothing here. */
    public void load(Long group) {
        try {
            timing = timings.of(me.caller(), group == null ? -1 : group);
            groupId = group;
        } catch (NotFoundException e) {
            groupId = null; // the page itself answers 404
        }
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
