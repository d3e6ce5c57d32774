/**
 * Running a session: the facilitator's attendance sheet (audited by the service), a member's own record,
 * and the anonymous evaluation members give afterwards.
 */
package org.kindred.interfaces.web.attendance;
