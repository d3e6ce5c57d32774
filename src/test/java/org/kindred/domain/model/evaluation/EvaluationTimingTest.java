package org.kindred.domain.model.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvaluationTimingTest {

    @Test
    void eachSessionEvaluatesEveryOne() {
        assertTrue(EvaluationTiming.EACH_SESSION.evaluates(7, 9L));
        assertTrue(EvaluationTiming.EACH_SESSION.evaluates(7, null));
    }

    @Test
    void endOfProgrammeEvaluatesTheLastScheduledSessionOnly() {
        assertTrue(EvaluationTiming.END_OF_PROGRAMME.evaluates(9, 9L));
        assertFalse(EvaluationTiming.END_OF_PROGRAMME.evaluates(7, 9L));
        assertFalse(EvaluationTiming.END_OF_PROGRAMME.evaluates(7, null), "a group with no sessions left has no last");
    }
}
