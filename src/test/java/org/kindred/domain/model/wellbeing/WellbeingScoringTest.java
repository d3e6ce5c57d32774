package org.kindred.domain.model.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kindred.domain.model.RuleException;

/** ProQOL 5 scoring: subscale sums, reversed burnout items, and answers refused before anything is kept. */
class WellbeingScoringTest {

    private final Instrument proqol = ProqolFixture.proqol();

    @Test
    void eachSubscaleIsTheSumOfItsTenItems() {
        Map<Integer, Integer> answers = ProqolFixture.all(3);
        assertEquals(Map.of("CS", 30, "BO", 30, "STS", 30), proqol.score(new WellbeingAnswers(answers)));
        answers = ProqolFixture.all(1);
        for (int n : ProqolFixture.CS) {
            answers.put(n, 5);
        }
        assertEquals(List.of("CS", "BO", "STS"), List.copyOf(proqol.score(new WellbeingAnswers(answers)).keySet()),
                "in the instrument's order");
        assertEquals(50, proqol.score(new WellbeingAnswers(answers)).get("CS"));
        assertEquals(10, proqol.score(new WellbeingAnswers(answers)).get("STS"));
    }

    @Test
    void reversedItemsCountTheOtherWayRound() {
        // All "Very Often": the five reversed burnout items count 1 each, the other five 5 each.
        assertEquals(5 * 1 + 5 * 5, proqol.score(new WellbeingAnswers(ProqolFixture.all(5))).get("BO"));
        assertEquals(5 * 5 + 5 * 1, proqol.score(new WellbeingAnswers(ProqolFixture.all(1))).get("BO"));
        // 2 and 4 swap; 3 stays.
        Map<Integer, Integer> answers = ProqolFixture.all(3);
        answers.put(1, 2);
        answers.put(8, 2);
        assertEquals(30 + 1 - 1, proqol.score(new WellbeingAnswers(answers)).get("BO"));
        answers.put(4, 4);
        assertEquals(30 + 1 - 1 - 1, proqol.score(new WellbeingAnswers(answers)).get("BO"));
        assertEquals(30, proqol.score(new WellbeingAnswers(answers)).get("CS"));
    }

    @Test
    void aScoreOffTheScaleIsRefusedNamingTheStatement() {
        Map<Integer, Integer> answers = ProqolFixture.all(3);
        answers.put(7, 6);
        answers.put(12, 0);
        RuleException refused = assertThrows(RuleException.class, () -> proqol.score(new WellbeingAnswers(answers)));
        assertEquals("answers", refused.field());
        assertEquals("Answer each statement from 1 (Never) to 5 (Very Often). Check statements 7 and 12.",
                refused.getMessage());
    }

    @Test
    void everyStatementNeedsAnAnswer() {
        Map<Integer, Integer> answers = ProqolFixture.all(3);
        answers.remove(30);
        assertEquals("Please answer every statement: statement 30 has no answer yet.",
                assertThrows(RuleException.class, () -> proqol.score(new WellbeingAnswers(answers))).getMessage());
        answers.remove(2);
        answers.put(5, null);
        assertEquals("Please answer every statement: statements 2, 5 and 30 have no answer yet.",
                assertThrows(RuleException.class, () -> proqol.score(new WellbeingAnswers(answers))).getMessage());
        assertThrows(RuleException.class, () -> proqol.score(new WellbeingAnswers(Map.of())));
        assertThrows(RuleException.class, () -> proqol.score(null));
    }

    @Test
    void aStatementTheQuestionnaireDoesNotHaveIsRefused() {
        Map<Integer, Integer> answers = ProqolFixture.all(3);
        answers.put(31, 3);
        assertEquals("This questionnaire has statements 1 to 30 only; there is no 31.",
                assertThrows(RuleException.class, () -> proqol.score(new WellbeingAnswers(answers))).getMessage());
    }

    @Test
    void answersFromJsonAreNumberedByStatement() {
        assertEquals(Map.of(1, 3, 2, 4), WellbeingAnswers.fromNumberedText(Map.of("1", 3, " 2", 4)).byItem());
        assertEquals("answers", assertThrows(RuleException.class,
                () -> WellbeingAnswers.fromNumberedText(Map.of("first", 3))).field());
        assertThrows(RuleException.class, () -> WellbeingAnswers.fromNumberedText(null));
    }

    @Test
    void levelsFollowThePublishedCutOffs() {
        Subscale burnout = proqol.subscales().get(1);
        assertEquals(Level.LOW, burnout.level(10));
        assertEquals(Level.LOW, burnout.level(22));
        assertEquals(Level.MODERATE, burnout.level(23));
        assertEquals(Level.MODERATE, burnout.level(41));
        assertEquals(Level.HIGH, burnout.level(42));
        assertEquals(Level.HIGH, burnout.level(50));
    }

    @Test
    void aResponseKeepsTheSubscaleSumsOnly() {
        WellbeingWindow window = new WellbeingWindow(7, Phase.BEFORE, "proqol-5", LocalDate.of(2025, 1, 6), false);
        WellbeingResponse response = new WellbeingResponse(window, proqol, LocalDate.of(2025, 1, 7),
                new WellbeingAnswers(ProqolFixture.all(4)));
        assertEquals(Map.of("CS", 40, "BO", 5 * 2 + 5 * 4, "STS", 40), response.scores());
        assertTrue(assertThrows(RuleException.class, () -> new WellbeingResponse(window, proqol, LocalDate.of(2025, 1, 7),
                new WellbeingAnswers(Map.of(1, 4)))).getMessage().contains("no answer yet"));
    }
}
