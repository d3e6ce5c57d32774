/**
 * Everything about one person, read and erased in plain SQL over the inventory of docs/privacy.md; the
 * audit log read in pages for its export.
 */
package org.kindred.infrastructure.persistence.rights;
