package org.kindred.domain.model.exercise;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan laid out in time: each exercise's start and end from the session's start (wall-clock, in the
 * organisation's zone), and whether the whole runs past the session's end.
 *
 * @param slots          the exercises in order, back to back
 * @param plannedMinutes the exercises' minutes added up
 * @param sessionMinutes the session's length
 */
public record RunningOrder(List<Slot> slots, int plannedMinutes, int sessionMinutes) {

    /** One exercise in the running order; {@code late} when it ends after the session does. */
    public record Slot(int position, Exercise exercise, LocalDateTime start, LocalDateTime end, boolean late) {
    }

    public RunningOrder {
        slots = List.copyOf(slots);
    }

    public static RunningOrder of(List<Exercise> exercises, LocalDateTime sessionStart, int sessionMinutes) {
        if (sessionMinutes < 1) {
            throw new IllegalArgumentException("a session lasts at least a minute: " + sessionMinutes);
        }
        LocalDateTime sessionEnd = sessionStart.plusMinutes(sessionMinutes);
        List<Slot> slots = new ArrayList<>();
        LocalDateTime at = sessionStart;
        int total = 0;
        for (Exercise exercise : exercises) {
            LocalDateTime end = at.plusMinutes(exercise.durationMinutes());
            slots.add(new Slot(slots.size(), exercise, at, end, end.isAfter(sessionEnd)));
            total += exercise.durationMinutes();
            at = end;
        }
        return new RunningOrder(slots, total, sessionMinutes);
    }

    public boolean overruns() {
        return plannedMinutes > sessionMinutes;
    }

    public int overrunMinutes() {
        return Math.max(0, plannedMinutes - sessionMinutes);
    }

    /** Minutes left for arriving late, a longer discussion or a break. */
    public int spareMinutes() {
        return Math.max(0, sessionMinutes - plannedMinutes);
    }

    /** "This plan runs 15 minutes over the 90-minute session.", or null when it fits. */
    public String warning() {
        if (!overruns()) {
            return null;
        }
        return "This plan runs " + overrunMinutes() + (overrunMinutes() == 1 ? " minute" : " minutes") + " over the "
                + sessionMinutes + "-minute session. Remove or swap an exercise so that it fits.";
    }
}
