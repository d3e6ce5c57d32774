package org.kindred.application.report;

/** Schwartz Rounds in one month: how many had a headcount, and their audience as it may be shown. */
public record RoundRow(String label, long rounds, String audience) {

    RoundRow labelled(String newLabel) {
        return new RoundRow(newLabel, rounds, audience);
    }
}
