/**
 * The calendar adapter: the only package that imports iCal4j. It reads and expands RFC 5545 rules for
 * the domain, writes the iTIP messages and feeds Kindred sends, and reads the REPLY messages that come
 * back. The domain speaks only in its own types (series, occurrences, calendar events).
 */
package org.kindred.infrastructure.calendar;
