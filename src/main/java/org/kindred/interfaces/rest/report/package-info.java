/**
 * The anonymous report of the released months, as JSON and as CSV.
 */
package org.kindred.interfaces.rest.report;
