package org.kindred.domain.model.wellbeing;

/**
 * A subscale: the sum of its items. The cut-offs are the instrument's own (for ProQOL 5, 22 or less is
 * low and 42 or more high), stored with it rather than written into code.
 */
public record Subscale(String code, String name, int lowAtMost, int highFrom) {

    public Level level(long score) {
        if (score <= lowAtMost) {
            return Level.LOW;
        }
        return score >= highFrom ? Level.HIGH : Level.MODERATE;
    }
}
