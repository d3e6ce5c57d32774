/**
 * The wellbeing questionnaires: facilitators open and close a group's before and after measure,
 * members answer each once, kept without their name.
 */
package org.kindred.interfaces.web.wellbeing;
