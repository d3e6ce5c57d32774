/**
 * What every page bean shares and no one page owns: messages beside a field ({@link Messages}), the
 * bundle's sentences ({@link Texts}), dates in the organisation's zone, and the faces-config hooks that
 * hold text limits and view state on the server. Kept apart so that the concept packages depend on it
 * and it on none of them.
 */
package org.kindred.interfaces.web.jsf;
