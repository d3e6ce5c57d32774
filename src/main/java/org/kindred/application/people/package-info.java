/**
 * Admins' changes to the people of their organisation: roles, leavers (deactivation, and what it
 * undoes in groups, Rounds, feeds and links) and coming back. Uses group and session; nothing in
 * application depends on it.
 */
package org.kindred.application.people;
