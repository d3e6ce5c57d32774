/**
 * The JPA store of second factors (ADR 0023): enrolled authenticators and recovery codes, each code
 * accepted by a conditional update. Beside {@code jpa}, which is full.
 */
package org.kindred.infrastructure.persistence.secondfactor;
