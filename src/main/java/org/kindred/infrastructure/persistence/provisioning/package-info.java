/**
 * The JPA store of SCIM provisioning (ADR 0021): tokens by hash, and the organisation's people as a
 * provisioning client pages and filters them. Beside {@code jpa}, which is full.
 */
package org.kindred.infrastructure.persistence.provisioning;
