/** Anonymous evaluation after a session: the form, one answer per member, and aggregates shown with suppression. */
package org.kindred.application.evaluation;
