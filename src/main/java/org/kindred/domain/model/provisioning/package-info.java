/**
 * SCIM provisioning: the bearer tokens an admin issues to an identity provider, stored as hashes, and
 * the reads a provisioning client needs of its organisation's people (ADR 0021).
 */
package org.kindred.domain.model.provisioning;
