package org.kindred.domain.model.wellbeing;

/** Where a subscale score falls between the instrument's published cut-offs. */
public enum Level {
    LOW, MODERATE, HIGH
}
