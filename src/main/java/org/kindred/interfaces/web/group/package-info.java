/**
 * Groups for each role: organisers make them from programme templates and manage facilitators,
 * facilitators run their own (roster, ground rules, how invitations are titled, when sessions are
 * evaluated), participants join, leave and accept the ground rules.
 */
package org.kindred.interfaces.web.group;
