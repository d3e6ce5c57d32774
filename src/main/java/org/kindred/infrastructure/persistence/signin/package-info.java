/**
 * The JPA stores of sign-in: signed-in sessions and pending email changes (ADR 0024), and people's
 * accounts at OpenID providers (ADR 0022). Beside {@code jpa}, which holds its 20.
 */
package org.kindred.infrastructure.persistence.signin;
