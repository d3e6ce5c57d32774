/**
 * Groups made from programme templates: their leaders, their members and waitlist, and their
 * versioned ground-rules agreement. The member limit is held by the database (seat rows), not by a
 * count checked in Java.
 */
package org.kindred.domain.model.group;
