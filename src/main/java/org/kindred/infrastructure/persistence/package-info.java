/**
 * The database beneath the repositories: the schema migrations (Flyway owns the schema; EclipseLink
 * never generates DDL), the start-up check of the database settings, the UTC instant converter, and the
 * per-request statement count (ADR 0011). The repositories themselves are in {@code jpa}.
 */
package org.kindred.infrastructure.persistence;
