/**
 * Groups: creating them from templates, membership with its seats and waitlist, ground-rules
 * agreements, and what each role may see of them (docs/privacy.md). Every operation takes the
 * {@link org.kindred.application.access.Caller} and checks it against the object it touches.
 */
package org.kindred.application.group;
