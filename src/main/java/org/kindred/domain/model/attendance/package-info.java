/**
 * Confidential attendance: a member's mark at a session (seen by the group's facilitators and the
 * member, every read audited), the anonymous counts kept after the marks are deleted, a Schwartz
 * Round's headcount, and the audit log itself, which records who looked, never what they saw.
 */
package org.kindred.domain.model.attendance;
