package org.kindred.interfaces.web.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kindred.application.evaluation.EvaluationService;
import org.kindred.application.access.ConflictException;
import org.kindred.application.access.NotFoundException;
import org.kindred.domain.model.RuleException;
import org.kindred.domain.model.evaluation.EvaluationAnswers;
import org.kindred.domain.model.evaluation.EvaluationItem;
import org.kindred.interfaces.CurrentPerson;
import org.kindred.interfaces.web.jsf.Messages;
import org.kindred.interfaces.web.jsf.Texts;

/** Participant: the anonymous evaluation of one session. Every question may be skipped. */
@Named
@ViewScoped
public class EvaluationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationService evaluations;

    @Inject
    transient CurrentPerson me;

    private Long occurrence;
    private List<EvaluationItem> items = List.of();
    private boolean answered;
    private final Map<String, Integer> scores = new LinkedHashMap<>();
    private Integer overall;

    public void load() {
        try {
            EvaluationService.Form form = evaluations.form(me.caller(), occurrence == null ? -1 : occurrence);
            items = form.items();
            answered = form.answered();
        } catch (NotFoundException e) {
            Messages.notFound();
        } catch (RuleException e) {
            Messages.error(null, e.getMessage());
        }
    }

    public void submit() {
        Map<String, Integer> given = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            if (score != null) {
                given.put(code, score);
            }
        });
        try {
            evaluations.answer(me.caller(), occurrence, new EvaluationAnswers(given, overall));
            answered = true;
            Messages.info(Texts.get("evaluationPage.thankYouYourAnswersAre"));
        } catch (RuleException e) {
            Messages.rule("evaluation", e);
        } catch (ConflictException e) {
            answered = true;
            Messages.error(null, e.getMessage());
        }
    }

    public Long getOccurrence() { return occurrence; }
    public void setOccurrence(Long occurrence) { this.occurrence = occurrence; }
    public List<EvaluationItem> getItems() { return items; }
    public boolean isAnswered() { return answered; }
    public Map<String, Integer> getScores() { return scores; }
    public Integer getOverall() { return overall; }
    public void setOverall(Integer overall) { this.overall = overall; }
}
