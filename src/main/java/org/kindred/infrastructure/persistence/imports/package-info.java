/**
 * The JPA store of people imports and their rows (ADR 0019): beside {@code persistence.jpa}, which
 * holds its twenty.
 */
package org.kindred.infrastructure.persistence.imports;
