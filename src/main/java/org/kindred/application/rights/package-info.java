/**
 * A person's data rights (issue 21, ADR 0020): their own data, readable and as JSON
 * ({@link org.kindred.application.rights.DataRightsService}); erasure by an admin
 * ({@link org.kindred.application.rights.ErasureService}); the audit log as CSV for a date range
 * ({@link org.kindred.application.rights.AuditExportService}). Every use is audited.
 */
package org.kindred.application.rights;
