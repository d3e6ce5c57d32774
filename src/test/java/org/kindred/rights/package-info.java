/**
 * A person's data rights (issue 21, ADR 0020): their own data, erasure, and the audit export; and the
 * privacy inventory held to the schema.
 */
package org.kindred.rights;
