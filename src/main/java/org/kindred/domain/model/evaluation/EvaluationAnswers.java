package org.kindred.domain.model.evaluation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kindred.domain.model.RuleException;

/**
 * One member's answers: a score from 1 to 5 for any of the statements (each may be skipped) and an
 * optional overall rating from 1 (poor) to 5 (exceptional). Free text does not exist here at all.
 */
public record EvaluationAnswers(Map<String, Integer> scores, Integer overall) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public EvaluationAnswers {
        scores = scores == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(scores));
        if (overall != null && (overall < MIN || overall > MAX)) {
            throw new RuleException("overall", "Rate the session overall from 1 (poor) to 5 (exceptional).");
        }
        scores.forEach((code, score) -> {
            if (score == null || score < MIN || score > MAX) {
                throw new RuleException("scores", "Answer each statement from 1 (completely disagree) to 5 (completely agree).");
            }
        });
        if (scores.isEmpty() && overall == null) {
            throw new RuleException("scores", "Answer at least one question, or leave the evaluation for now.");
        }
    }

    /** Refuses a statement that is not one of the form's. */
    public void checkAgainst(Collection<EvaluationItem> items) {
        for (String code : scores.keySet()) {
            if (items.stream().noneMatch(i -> i.code().equals(code))) {
                throw new RuleException("scores", "That question is not on the evaluation form.");
            }
        }
    }
}
