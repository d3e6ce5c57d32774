package org.kindred.domain.model.evaluation;

/** One statement to agree or disagree with, on a scale of 1 (completely disagree) to 5 (completely agree). */
public record EvaluationItem(String code, String statement) {
}
