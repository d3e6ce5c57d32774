/**
 * JPA repositories, the schema migrations (Flyway owns the schema; EclipseLink never generates DDL)
 * and the start-up check of the database settings.
 */
package org.kindred.infrastructure.persistence;
