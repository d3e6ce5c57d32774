package org.kindred.interfaces.web.plan;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.kindred.application.exercise.LibraryViews;
import org.kindred.application.exercise.LibraryViews.SetView;
import org.kindred.application.exercise.SessionPlanService;
import org.kindred.application.exercise.SessionPlanService.PlanView;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/**
 * Facilitator: my group's plan for one session. Reorder with Up and Down, swap one exercise for
 * another from the library, or use another set; each change is saved at once and only for this group.
 */
@Named
@ViewScoped
public class SessionPlanPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    transient SessionPlanService plans;

    @Inject
    transient LibraryViews library;

    @Inject
    transient CurrentPerson me;

    private Long occurrence;
    private transient PlanView plan;
    private transient List<SetView> sets;
    private Integer swapPosition;
    private Long replacement;
    private Long setId;

    /** On the first GET: a session of someone else's group answers 404, exactly like a missing one. */
    public void load() {
        try {
            plan = plans.plan(me.caller(), occurrence == null ? -1 : occurrence);
        } catch (NotFoundException e) {
            Messages.notFound();
        }
    }

    public PlanView getPlan() {
        if (plan == null && occurrence != null) {
            plan = plans.plan(me.caller(), occurrence);
        }
        return plan;
    }

    public void moveUp(int position) {
        change(() -> plans.moveUp(me.caller(), occurrence, position), null, Texts.get("sessionPlanPage.movedUp"));
    }

    public void moveDown(int position) {
        change(() -> plans.moveDown(me.caller(), occurrence, position), null, Texts.get("sessionPlanPage.movedDown"));
    }

    public void swap() {
        if (swapPosition == null || replacement == null) {
            Messages.field("swap", swapPosition == null ? "position" : "replacement",
                    swapPosition == null ? Texts.get("sessionPlanPage.chooseTheExerciseToReplace") : Texts.get("sessionPlanPage.chooseTheExerciseToUse"));
            return;
        }
        change(() -> plans.swap(me.caller(), occurrence, swapPosition, replacement), "swap", Texts.get("sessionPlanPage.exerciseSwappedForThisGroup"));
        replacement = null;
    }

    public void useSet() {
        if (setId == null) {
            Messages.field("set", "setId", Texts.get("sessionPlanPage.chooseASet"));
            return;
        }
        change(() -> plans.arrange(me.caller(), occurrence, setId, null), "set", Texts.get("sessionPlanPage.thisSessionNowFollowsThe"));
    }

    private void change(Supplier<PlanView> action, String form, String done) {
        try {
            plan = action.get();
            Messages.info(done);
        } catch (RuleException e) {
            Messages.rule(form, e);
        } catch (ConflictException e) {
            Messages.error(null, e.getMessage());
        }
    }

    /** The library's exercises grouped by set, for the swap list. */
    public List<SelectItem> getExerciseChoices() {
        return getSets().stream().map(s -> (SelectItem) new SelectItemGroup(s.title(), null, false,
                s.exercises().stream().map(e -> new SelectItem(e.id(), Texts.get("facilitator.plan.setChoice", e.title(), e.minutes())))
                        .toArray(SelectItem[]::new))).toList();
    }

    public List<SetView> getSets() {
        if (sets == null) {
            sets = library.library(me.caller());
        }
        return sets;
    }

    /** "5 of 9 said done": how many, never who. */
    public String getHomeworkCount() {
        PlanView p = getPlan();
        if (p == null || p.homeworkCount() == null) {
            return Texts.get("sessionPlanPage.afterTheSessionMembersCan");
        }
        return Texts.get("sessionPlanPage.saidDone", p.homeworkCount().saidDone(), p.homeworkCount().members());
    }

    public String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    public Long getOccurrence() { return occurrence; }
    public void setOccurrence(Long occurrence) { this.occurrence = occurrence; }
    public Integer getSwapPosition() { return swapPosition; }
    public void setSwapPosition(Integer swapPosition) { this.swapPosition = swapPosition; }
    public Long getReplacement() { return replacement; }
    public void setReplacement(Long replacement) { this.replacement = replacement; }
    public Long getSetId() { return setId; }
    public void setSetId(Long setId) { this.setId = setId; }
}
