/**
 * The calendar adapter: the only package that imports iCal4j. It reads and expands RFC 5545 rules for
 * the domain, which speaks only in its own types (series, occurrences, recurrences).
 */
package org.kindred.infrastructure.calendar;
