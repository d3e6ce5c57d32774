package org.kindred.domain.model.wellbeing;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.kindred.domain.model.RuleException;

/**
 * One member's answers as they arrive: a score per item number. They exist only until they are scored
 * ({@link Instrument#score}); the item answers themselves are never stored. An item without an answer
 * is simply absent.
 */
public record WellbeingAnswers(Map<Integer, Integer> byItem) {

    public WellbeingAnswers {
        TreeMap<Integer, Integer> given = new TreeMap<>();
        if (byItem != null) {
            byItem.forEach((item, score) -> {
                if (item != null && score != null) {
                    given.put(item, score);
                }
            });
        }
        byItem = Collections.unmodifiableMap(given);
    }

    /** From JSON, where keys are strings: {"1": 3, "2": 5, ...}. */
    public static WellbeingAnswers fromNumberedText(Map<String, Integer> answers) {
        if (answers == null) {
            throw new RuleException("answers", "Send your answers, one score for each numbered statement.");
        }
        TreeMap<Integer, Integer> byItem = new TreeMap<>();
        answers.forEach((key, score) -> {
            try {
                byItem.put(Integer.valueOf(key == null ? "" : key.strip()), score);
            } catch (NumberFormatException e) {
                throw new RuleException("answers", "Number each answer by its statement, e.g. \"1\": 3.");
            }
        });
        return new WellbeingAnswers(byItem);
    }
}
