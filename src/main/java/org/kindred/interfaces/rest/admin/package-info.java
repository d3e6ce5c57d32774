/**
 * Admins: the audit log of access to named attendance, never the attendance itself.
 */
package org.kindred.interfaces.rest.admin;
