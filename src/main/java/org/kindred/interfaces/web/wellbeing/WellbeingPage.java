package org.kindred.interfaces.web.wellbeing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.application.wellbeing.WellbeingService;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.wellbeing.Phase;
import org.kindred.domain.model.wellbeing.WellbeingAnswers;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Participant: one wellbeing questionnaire of one of my groups, answered once, kept without my name. */
@Named
@ViewScoped
public class WellbeingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WellbeingService wellbeing;

    @Inject
    transient CurrentPerson me;

    private Long group;
    private String phase;
    private transient WellbeingService.Form form;
    private boolean answered;
    private boolean unavailable;
    private final HashMap<Integer, Integer> answers = new HashMap<>();

    public void load() {
        try {
            form = wellbeing.form(me.caller(), group == null ? -1 : group, Phase.parse(phase));
            answered = form.answered();
        } catch (NotFoundException e) {
            Messages.notFound();
        } catch (RuleException e) {
            unavailable = true;
            Messages.error(null, e.getMessage());
        }
    }

    public void submit() {
        try {
            wellbeing.answer(me.caller(), group, Phase.parse(phase), new WellbeingAnswers(answers));
            answered = true;
            Messages.info(Texts.get("wellbeingPage.thankYouYourAnswersAre"));
        } catch (RuleException e) {
            Messages.rule("wellbeing", e);
        } catch (ConflictException e) {
            answered = true;
            Messages.error(null, e.getMessage());
        } catch (NotFoundException e) {
            Messages.error(null, Texts.get("wellbeingPage.thisQuestionnaireIsNoLonger"));
        }
    }

    /** Re-read after a postback (the form is not kept in the session), once the page's own check has passed. */
    public WellbeingService.Form getForm() {
        if (form == null && group != null && !unavailable) {
            form = wellbeing.form(me.caller(), group, Phase.parse(phase));
        }
        return form;
    }

    public Long getGroup() { return group; }
    public void setGroup(Long group) { this.group = group; }
    public String getPhase() { return phase; }
    public void setPhase(String phase) { this.phase = phase; }
    public boolean isAnswered() { return answered; }
    public Map<Integer, Integer> getAnswers() { return answers; }
}
