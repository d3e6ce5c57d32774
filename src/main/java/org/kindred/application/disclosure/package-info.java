/**
 * Disclosure control: the one mechanism that decides what a published set of figures may show to
 * anyone but a group's own facilitators. A {@link org.kindred.application.disclosure.Publication}
 * holds every count of people in the set and the sums that tie them (rows, columns, totals, the other
 * tables beside it); {@link org.kindred.application.disclosure.DisclosureControl} hides counts of 1-7
 * and every count that would let one be worked out, and its
 * {@link org.kindred.application.disclosure.Auditor} proves the result with linear programming: no
 * hidden count is narrowed to fewer than three possible values by anything published
 * (docs/adr/0016-disclosure-control.md, docs/privacy.md).
 */
package org.kindred.application.disclosure;
