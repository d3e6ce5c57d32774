/**
 * Facilitators: named attendance of their groups' sessions (every access audited by the service), a
 * Round's headcount, and a session's anonymous evaluation.
 */
package org.kindred.interfaces.rest.attendance;
