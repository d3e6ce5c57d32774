/**
 * Running sessions: recording confidential attendance, the member's own record, quorum, a Round's
 * headcount and the audit trail of every access to named attendance, allowed or refused.
 */
package org.kindred.application.attendance;
