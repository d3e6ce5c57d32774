/**
 * What a session covers: the exercise library (read-only), a group's plan for one session, and members'
 * homework with their own done or not.
 */
package org.kindred.interfaces.rest.plan;
