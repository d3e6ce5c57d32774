/**
 * Kindred schedules and runs peer-support and reflective-practice groups for healthcare staff.
 * Layers, and the only arrows allowed between them (docs/architecture.md):
 * {@code interfaces -> application -> domain}; {@code infrastructure} implements ports that
 * {@code application} or {@code domain} declare. Nothing depends on {@code interfaces}.
 */
package org.kindred;
