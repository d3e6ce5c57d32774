/**
 * The wellbeing questionnaires for each audience: members answer, facilitators open and close, organisers
 * read the same suppressed figures.
 */
package org.kindred.interfaces.rest.wellbeing;
