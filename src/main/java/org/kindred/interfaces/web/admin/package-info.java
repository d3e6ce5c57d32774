/**
 * Admins: the organisation's people and their roles, and the audit log of access to named attendance.
 * No other role lists people.
 */
package org.kindred.interfaces.web.admin;
