package org.kindred.domain.model.wellbeing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ProQOL 5's structure as the migration seeds it: which item counts towards which subscale, and which are reversed. */
final class ProqolFixture {

    static final Set<Integer> CS = Set.of(3, 6, 12, 16, 18, 20, 22, 24, 27, 30);
    static final Set<Integer> BO = Set.of(1, 4, 8, 10, 15, 17, 19, 21, 26, 29);
    static final Set<Integer> REVERSED = Set.of(1, 4, 15, 17, 29);

    private ProqolFixture() {
    }

    static Instrument proqol() {
        List<Item> items = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            String subscale = CS.contains(n) ? "CS" : BO.contains(n) ? "BO" : "STS";
            items.add(new Item(n, "Statement " + n + ".", subscale, REVERSED.contains(n)));
        }
        return new Instrument("proqol-5", "ProQOL 5", "Professional Quality of Life Scale", "The last 30 days.",
                "B. Hudnall Stamm", "https://proqol.org", "May be freely copied.",
                List.of(new ScalePoint(5, "Very Often"), new ScalePoint(1, "Never"), new ScalePoint(2, "Rarely"),
                        new ScalePoint(3, "Sometimes"), new ScalePoint(4, "Often")),
                List.of(new Subscale("CS", "Compassion Satisfaction", 22, 42), new Subscale("BO", "Burnout", 22, 42),
                        new Subscale("STS", "Secondary Traumatic Stress", 22, 42)),
                items);
    }

    /** Every item answered with the same score. */
    static Map<Integer, Integer> all(int score) {
        Map<Integer, Integer> answers = new java.util.HashMap<>();
        for (int n = 1; n <= 30; n++) {
            answers.put(n, score);
        }
        return answers;
    }
}
