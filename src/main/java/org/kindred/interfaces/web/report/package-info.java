/**
 * The anonymous report of the released months for organisers and facilitators, with its charts drawn
 * from the same figures as its table.
 */
package org.kindred.interfaces.web.report;
