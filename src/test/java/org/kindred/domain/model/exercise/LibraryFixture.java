package org.kindred.domain.model.exercise;

/** A small library for the tests: a 90-minute week with a check-in, two exercises and a close. */
final class LibraryFixture {

    final ExerciseSet week = new ExerciseSet("w1", "course", 1, "Week 1", new Homework("Notice", "Notice things."));
    final Exercise checkIn = week.add("check-in", "Check-in", "Arrive", "Go round", 10, ExerciseFormat.ROUND, "Pass is fine");
    final Exercise pairs = week.add("pairs", "Pairs", "Share", "In pairs", 30, ExerciseFormat.PAIRS, "No names");
    final Exercise debrief = week.add("debrief", "Debrief", "Learn", "Together", 20, ExerciseFormat.WHOLE_GROUP, "Experience only");
    final Exercise close = week.add("close", "Close", "End", "Go round", 10, ExerciseFormat.ROUND, "Pass is fine");

    final ExerciseSet other = new ExerciseSet("w2", "course", 2, "Week 2", null);
    final Exercise longOne = other.add("long", "Long exercise", "Go deep", "Take time", 45, ExerciseFormat.PAIRS, "Pause if needed");
}
