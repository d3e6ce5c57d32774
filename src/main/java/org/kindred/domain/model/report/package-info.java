/**
 * What reports are made of: anonymous counts per session, evaluation totals per group and month, and
 * Round headcounts, read per organisation and span of time. Nothing here names a person; the report
 * hides small counts through disclosure control before anything is shown.
 */
package org.kindred.domain.model.report;
