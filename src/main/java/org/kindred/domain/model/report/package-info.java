/**
 * What reports are made of: anonymous counts per session, evaluation totals per group and month, and
 * Round headcounts. Nothing here names a person; small counts are hidden where they are shown.
 */
package org.kindred.domain.model.report;
