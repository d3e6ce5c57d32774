package org.kindred.domain.model.wellbeing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.kindred.domain.model.RuleException;

/**
 * The time a group's members may answer one phase of the measure, opened and closed by its
 * facilitators. Each phase opens once and closes once: a mean shown at closing, compared with one
 * shown after a single extra answer, would give that answer away (secondary suppression). The after
 * measure uses the before measure's instrument, and opens only once the before measure has closed,
 * so that nobody answers both at the same time.
 */
public record WellbeingWindow(long groupId, Phase phase, String instrumentCode, LocalDate openedOn, boolean closed) {

    /** Opens a phase for a group that has these windows already (none, one or both). */
    public static WellbeingWindow open(long groupId, Phase phase, Instrument instrument, LocalDate today,
                                       Collection<WellbeingWindow> existing) {
        Optional<RuleException> refusal = refusalToOpen(phase, instrument.code(), existing);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        return new WellbeingWindow(groupId, phase, instrument.code(), today, false);
    }

    /** Whether a facilitator may open this phase now, for offering the button only when it would work. */
    public static boolean mayOpen(Phase phase, String instrumentCode, Collection<WellbeingWindow> existing) {
        return refusalToOpen(phase, instrumentCode, existing).isEmpty();
    }

    private static Optional<RuleException> refusalToOpen(Phase phase, String instrumentCode,
                                                         Collection<WellbeingWindow> existing) {
        Optional<WellbeingWindow> same = existing.stream().filter(w -> w.phase() == phase).findFirst();
        if (same.isPresent()) {
            return Optional.of(new RuleException("phase", same.get().closed()
                    ? "The " + phase.path() + " measure has closed and cannot open again: averages have been "
                            + "shown, and comparing them with one more answer would give that answer away."
                    : "The " + phase.path() + " measure is already open."));
        }
        Optional<WellbeingWindow> other = existing.stream().filter(w -> w.phase() != phase).findFirst();
        if (phase == Phase.BEFORE && other.isPresent()) {
            return Optional.of(new RuleException("phase",
                    "The after measure has already opened, so a before measure would no longer come before it."));
        }
        if (phase == Phase.AFTER && other.isPresent() && !other.get().closed()) {
            return Optional.of(new RuleException("phase",
                    "Close the before measure first, so that nobody answers both at the same time."));
        }
        if (phase == Phase.AFTER && other.isPresent() && !other.get().instrumentCode().equals(instrumentCode)) {
            return Optional.of(new RuleException("instrument",
                    "Use the questionnaire of the before measure, so that the two can be compared."));
        }
        return Optional.empty();
    }

    /** The same window, closed for good. */
    public WellbeingWindow close() {
        if (closed) {
            throw new RuleException("phase", "The " + phase.path() + " measure is already closed.");
        }
        return new WellbeingWindow(groupId, phase, instrumentCode, openedOn, true);
    }

    public boolean isOpen() {
        return !closed;
    }
}
