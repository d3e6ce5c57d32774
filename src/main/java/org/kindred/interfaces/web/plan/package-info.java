/**
 * What a session covers: the facilitator's plan for one session from the exercise library, and the
 * member's homework with their own done or not.
 */
package org.kindred.interfaces.web.plan;
