package org.kindred.domain.model.wellbeing;

/**
 * One statement of an instrument, numbered as printed, with the subscale it counts towards. A reversed
 * item counts the other way round (on 1-5, a 1 counts as 5 and a 2 as 4).
 */
public record Item(int position, String statement, String subscaleCode, boolean reversed) {
}
