/**
 * Wellbeing measures per cohort: instruments stored as data with their licence text, a group's BEFORE and
 * AFTER windows, and answers kept as subscale sums with the group, the phase and the day only. Apart from
 * them, the bare fact that a member has answered, so that each member answers once and nothing links the
 * two.
 */
package org.kindred.domain.model.wellbeing;
