/**
 * Reports for organisers and facilitators: attendance rates and evaluation aggregates per group,
 * programme and month, with small numbers hidden (primary and secondary suppression). Built only from
 * anonymous counts, so they survive the retention job and never need an audit entry.
 */
package org.kindred.application.report;
