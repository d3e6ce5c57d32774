/**
 * Apache Commons CSV: reading the people import's files (ADR 0019), behind application's
 * {@code PeopleCsv} port. The only package that imports it.
 */
package org.kindred.infrastructure.csv;
