/**
 * Schwartz Rounds: a neutral topic, a facilitator and a clinical lead, a panel of 2-4 who consent and
 * may withdraw, and three linked sessions (the Round, its preparation a week before, the debrief
 * straight after). The audience is a capacity, never a list of names.
 */
package org.kindred.domain.model.round;
