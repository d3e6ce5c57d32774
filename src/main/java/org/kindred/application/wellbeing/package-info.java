/**
 * The wellbeing measure per cohort: facilitators open and close a group's before and after windows,
 * members answer once each, and the results are means per subscale, shown only over 8 or more answers.
 */
package org.kindred.application.wellbeing;
