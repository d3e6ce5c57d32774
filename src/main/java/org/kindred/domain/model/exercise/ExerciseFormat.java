package org.kindred.domain.model.exercise;

/** How the group works during an exercise. */
public enum ExerciseFormat {
    PAIRS("Pairs"),
    ROUND("Round"),
    WHOLE_GROUP("Whole group");

    private final String label;

    ExerciseFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
