/**
 * Adapters to the technology around Kindred: JPA and Flyway, Jakarta Mail, Jakarta Security,
 * MicroProfile Config and Health. Each library is imported here and nowhere else.
 */
package org.kindred.infrastructure;
