package org.kindred.domain.model.programme;

/** How often a programme's sessions usually recur; the series itself is an RFC 5545 rule. */
public enum Cadence {
    WEEKLY, FORTNIGHTLY, MONTHLY
}
