package org.kindred.domain.model.wellbeing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kindred.domain.model.RuleException;

/**
 * A questionnaire stored as data, with the licence it is used under and the credit it asks for (both
 * shown wherever it is). Scoring is here: each subscale is the sum of its items, reversed items
 * counted the other way round. A set of answers is scored only when every item has an answer on the
 * scale, because a sum with a gap in it would not mean what the cut-offs say.
 */
public record Instrument(String code, String shortName, String name, String instructions, String credit,
                         String sourceUrl, String licenceText, List<ScalePoint> scale, List<Subscale> subscales,
                         List<Item> items) {

    public Instrument {
        scale = scale.stream().sorted(Comparator.comparingInt(ScalePoint::score)).toList();
        subscales = List.copyOf(subscales);
        items = items.stream().sorted(Comparator.comparingInt(Item::position)).toList();
        if (scale.isEmpty() || items.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs a scale and items: " + code);
        }
        for (Item item : items) {
            if (subscales.stream().noneMatch(s -> s.code().equals(item.subscaleCode()))) {
                throw new IllegalArgumentException("item " + item.position() + " of " + code + " has no subscale");
            }
        }
    }

    public int lowest() {
        return scale.get(0).score();
    }

    public int highest() {
        return scale.get(scale.size() - 1).score();
    }

    /**
     * The subscale sums, in the instrument's order of subscales. Refuses an item the instrument does not
     * have, a score off the scale and any item left without an answer, each with a message that names
     * the statements concerned.
     */
    public Map<String, Integer> score(WellbeingAnswers answers) {
        if (answers == null) {
            throw new RuleException("answers", "Send your answers, one score for each numbered statement.");
        }
        Map<Integer, Integer> given = answers.byItem();
        List<Integer> unknown = given.keySet().stream()
                .filter(n -> items.stream().noneMatch(i -> i.position() == n)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleException("answers", "This questionnaire has statements 1 to " + items.size()
                    + " only; there is no " + listed(unknown) + ".");
        }
        List<Integer> offScale = given.entrySet().stream()
                .filter(e -> scale.stream().noneMatch(p -> p.score() == e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (!offScale.isEmpty()) {
            throw new RuleException("answers", "Answer each statement from " + describe(scale.get(0)) + " to "
                    + describe(scale.get(scale.size() - 1)) + ". Check " + statements(offScale) + ".");
        }
        List<Integer> missing = items.stream().map(Item::position).filter(n -> !given.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new RuleException("answers", "Please answer every statement: " + statements(missing)
                    + (missing.size() == 1 ? " has" : " have") + " no answer yet.");
        }
        Map<String, Integer> sums = new LinkedHashMap<>();
        subscales.forEach(s -> sums.put(s.code(), 0));
        for (Item item : items) {
            int score = given.get(item.position());
            sums.merge(item.subscaleCode(), item.reversed() ? lowest() + highest() - score : score, Integer::sum);
        }
        return sums;
    }

    private static String describe(ScalePoint point) {
        return point.score() + " (" + point.label() + ")";
    }

    private static String statements(List<Integer> numbers) {
        return (numbers.size() == 1 ? "statement " : "statements ") + listed(numbers);
    }

    /** "4", "4 and 9", "4, 9 and 17". */
    private static String listed(List<Integer> numbers) {
        List<String> texts = numbers.stream().map(String::valueOf).toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return texts.subList(0, texts.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + texts.get(texts.size() - 1);
    }
}
