/**
 * A person's data rights (UK GDPR Art. 15, 17 and 20): everything Kindred holds about one person, read
 * in one place, and erasing it; and the audit log read in pages for its export. Ports only.
 */
package org.kindred.domain.model.rights;
