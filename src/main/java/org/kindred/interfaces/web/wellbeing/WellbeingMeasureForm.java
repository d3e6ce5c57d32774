package org.kindred.interfaces.web.wellbeing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.wellbeing.WellbeingService;
import org.kindred.application.wellbeing.WellbeingService.Results;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.wellbeing.Phase;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Facilitator: a group's wellbeing measure, opening and closing its before and after questionnaires (a page of its own). */
@Named
@ViewScoped
public class WellbeingMeasureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WellbeingService wellbeing;

    @Inject
    transient CurrentPerson me;

    private Long groupId;
    private transient Results results;

    /** On the first GET: someone else's group answers 404, exactly like a missing one. */
    public void load() {
        try {
            results = wellbeing.results(me.caller(), groupId == null ? -1 : groupId);
        } catch (NotFoundException e) {
            Messages.notFound();
        }
    }

    public void open(String phase) {
        act(() -> results = wellbeing.open(me.caller(), groupId, Phase.parse(phase), null),
                Texts.get("wellbeingMeasureForm.opened", phase));
    }

    public void close(String phase) {
        act(() -> results = wellbeing.close(me.caller(), groupId, Phase.parse(phase)),
                Texts.get("wellbeingMeasureForm.closed", phase));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
        } catch (RuleException e) {
            Messages.error(null, e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("common.groupNotYoursToChange"));
        }
    }

    public Results getResults() {
        if (results == null && groupId != null) {
            results = wellbeing.results(me.caller(), groupId);
        }
        return results;
    }

    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
}
