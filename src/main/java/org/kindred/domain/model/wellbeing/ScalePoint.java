package org.kindred.domain.model.wellbeing;

/** One answer an item allows, e.g. 1 "Never": the score is what is summed, the label what people read. */
public record ScalePoint(int score, String label) {
}
