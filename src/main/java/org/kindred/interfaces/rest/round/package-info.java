/**
 * Organisers: Schwartz Rounds, planned with their preparation meeting and debrief, moved, and their
 * panels asked by work email address. The bodies are the scheduling API's.
 */
package org.kindred.interfaces.rest.round;
