package org.kindred.domain.model.wellbeing;

import java.util.Locale;
import org.kindred.domain.model.RuleException;

/** When a cohort answers: before its programme, or after it. The pair is what shows a change. */
public enum Phase {
    BEFORE, AFTER;

    /** "before" or "after", as in addresses; any case. */
    public static Phase parse(String text) {
        if (text != null) {
            for (Phase phase : values()) {
                if (phase.name().equalsIgnoreCase(text.strip())) {
                    return phase;
                }
            }
        }
        throw new RuleException("phase", "Say whether this is the measure before or after the programme: before or after.");
    }

    /** The lower-case name used in addresses and page parameters. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
