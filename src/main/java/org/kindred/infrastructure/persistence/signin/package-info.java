/**
 * The JPA store of people's accounts at OpenID providers (ADR 0022). Beside {@code jpa}, which is full.
 */
package org.kindred.infrastructure.persistence.signin;
