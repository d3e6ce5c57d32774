/** Running sessions: confidential attendance and its audit trail, against the deployed application. */
package org.kindred.attendance;
